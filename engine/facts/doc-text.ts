/**
 * The report's text as the place readings ask for it: the whole text (one sentence a line), the paragraph before a sentence, the part
 * around it (its paragraph, some before, and their heading). Cached per document and per sentence: several readings ask for the same
 * text of several candidates in one sentence.
 */
import { paragraphText } from '../scope.js';
import type { DocumentModel, Sentence } from '../types.js';

/** The whole text of the document's sentences (read once per document). */
const docTexts = new WeakMap<DocumentModel, string>();
export function documentText(doc: DocumentModel): string {
  let t = docTexts.get(doc);
  if (t === undefined) docTexts.set(doc, t = doc.sentences.map((x) => x.text).join('\n'));
  return t;
}
/** The whole text of the document before `s` (its sentences joined as documentText joins them). */
export function textBefore(doc: DocumentModel, s: Sentence): string {
  // (a prefix of the cached whole text: the sentences before `s` and the line breaks between them)
  let n = 0;
  for (let k = 0; k < s.id; k++) n += doc.sentences[k].text.length + 1;
  return documentText(doc).slice(0, Math.max(0, n - 1));
}
/** The text of the paragraph before `s`'s. */
export function paragraphBefore(doc: DocumentModel, s: Sentence): string {
  let a = s.id;
  while (a > 0 && doc.sentences[a - 1].paragraph === s.paragraph) a--;
  const prev = doc.sentences[a - 1];
  return prev !== undefined && prev.paragraph === s.paragraph - 1 ? paragraphText(doc, prev) : '';
}
/**
 * The text of `s`'s paragraph and of up to `back` paragraphs before it, up to and with the heading above them (the part the
 * sentence is told in: a heading 学习借鉴先进经验 says why a model town's count follows — red team 85's r1_11, r1_12).
 */
export function paragraphsAround(doc: DocumentModel, s: Sentence, back: number): string {
  // (asked by several checks of several candidates in one sentence, 1 and 3 paragraphs back: read once per sentence and reach)
  let byBack = aroundCache.get(s);
  if (byBack === undefined) aroundCache.set(s, byBack = new Map());
  let text = byBack.get(back);
  if (text === undefined) byBack.set(back, text = readParagraphsAround(doc, s, back));
  return text;
}
const aroundCache = new WeakMap<Sentence, Map<number, string>>();
function readParagraphsAround(doc: DocumentModel, s: Sentence, back: number): string {
  let a = s.id;
  const from = s.paragraph - back;
  while (a > 0 && doc.sentences[a - 1].paragraph >= from && !doc.sentences[a - 1].isHeading) a--;
  if (a > 0 && doc.sentences[a - 1].isHeading) a--;
  let b = s.id;
  while (b + 1 < doc.sentences.length && doc.sentences[b + 1].paragraph === s.paragraph) b++;
  return doc.sentences.slice(a, b + 1).map((x) => x.text).join('');
}
