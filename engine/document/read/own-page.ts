/**
 * The score page this program writes (report.html: harness/writers/html.ts), recognised when it
 * turns up among the reports — copied into the corpus without the run.json that marks an output
 * folder (harness/corpus.ts), a new user's "last year's results" folder — so that it is an error
 * row (own_output), not a report: it holds quoted report text, and scored as a report it ranked
 * 2nd of 7 at 74 points.
 */

/** The generator the page names in its head (`<meta name="generator" …>`), since session 28. */
export const OWN_PAGE_GENERATOR = 'fazhi-rubric';

/**
 * How every page this program has written begins, with or without the generator (pages written
 * before it was added): the head as html.ts writes it, up to its title in either language. The
 * titles are html.ts's L.zh.title and L.en.title (test/own-page.test.ts writes a page and reads it back).
 */
const OWN_PAGE_HEAD = new RegExp(
  '^(?:\\uFEFF)?<!doctype html><html lang="(?:zh-CN|en)"><head><meta charset="utf-8">'
  + `(?:<meta name="generator" content="${OWN_PAGE_GENERATOR}">)?`
  + '<meta name="viewport" content="width=device-width,initial-scale=1"><title>(?:法治政府建设情况报告评分|Rule-of-law report scores)</title>',
);

/** Whether the file's bytes are a score page this program wrote (its first 400 bytes are enough). */
export function isOwnReportPage(bytes: Uint8Array): boolean {
  if (bytes.length < 60 || bytes[0] !== 0x3c && bytes[0] !== 0xef) return false;
  return OWN_PAGE_HEAD.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 400)).toString('utf8'));
}
