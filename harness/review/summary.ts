/** What `rubric score --review` says about the decisions: how many applied, which are stale and why. */
import type { Lang } from '../writers/evidence-text.js';
import type { CheckedDecisions } from './stale.js';

export function reviewLines(c: CheckedDecisions, lang: Lang): string[] {
  const zh = lang === 'zh';
  const reports = c.byFile.size;
  const out = [zh ? `复核：应用了 ${c.applied} 条评分人决定（${reports} 份报告）` : `Review: applied ${c.applied} decisions (${reports} reports)`];
  if (c.stale.length) {
    out.push(zh
      ? `复核：${c.stale.length} 条决定已过期——报告内容在决定之后改变了，未应用（这些报告标记为“复核已过期”）。请对照报告现在的内容重新复核：决定仍然成立的，清空该行的“内容指纹”后运行 review-template（它会记下现在的指纹）；不成立的，改写“决定”并同样清空指纹：`
      : `Review: ${c.stale.length} decisions are stale — the report changed after the decision; not applied (flagged review_stale). Check each against the report as it is now: to keep a decision, clear its 内容指纹 and run review-template (it records the current fingerprint); to change it, rewrite 决定 and clear the fingerprint too:`);
    out.push(...rowLines(c.stale, zh));
  }
  if (c.unchecked.length) {
    out.push(zh
      ? `复核：${c.unchecked.length} 条决定没有“内容指纹”（手工添加的行），无法核对报告此后是否改动，已照常应用。运行 review-template 会为它们记下报告现在的指纹，此后报告一改动就会提示：`
      : `Review: ${c.unchecked.length} decisions have no 内容指纹 (rows added by hand): nobody can tell whether their report changed since; applied. Run review-template to record each report's current fingerprint, so that a later change is caught:`);
    out.push(...rowLines(c.unchecked, zh));
  }
  if (c.missing.length) {
    out.push(zh ? `复核：${c.missing.length} 条决定所指的报告不在报告文件夹中，未应用：` : `Review: ${c.missing.length} decisions name reports not in the corpus; not applied:`);
    out.push(...rowLines(c.missing.map((d) => ({ ...d, rel: d.file })), zh, (d) => (d.nearest ? (zh ? `——是不是 ${d.nearest}？请改正“文件”列后重新评分` : ` — did you mean ${d.nearest}? Correct the file column and score again`) : '')));
  }
  return out;
}

/** Up to 20 decisions as `  file id（review.csv 第 N 行）` and what `after` adds to each, then how many more. */
function rowLines<D extends { rel: string; id: string; line: number }>(ds: D[], zh: boolean, after: (d: D) => string = () => ''): string[] {
  const out = ds.slice(0, 20).map((d) => `  ${d.rel} ${d.id}（review.csv ${zh ? '第' : 'line '}${d.line}${zh ? ' 行' : ''}）${after(d)}`);
  if (ds.length > 20) out.push(zh ? `  …… 另有 ${ds.length - 20} 条` : `  … and ${ds.length - 20} more`);
  return out;
}
