/**
 * A static guard against catastrophic backtracking: a repeated group whose body is itself
 * quantified ((a+)+, (\w*)*) or holds alternatives ((a|aa)+) can take exponential time on V8's
 * backtracking engine. Rubric patterns are untrusted data, so such a pattern is refused at load.
 * Bounded optional groups ((?:工作)?, (a|b)?) are fine.
 */
export function unsafePatternReason(p: string): string | null {
  // Walk the pattern, tracking for every open group whether its body contains a quantifier or a |.
  const stack: Array<{ quantified: boolean; alternation: boolean }> = [];
  let quantifiedInside = false;
  let alternationInside = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') {
      // skip a character class
      i++;
      while (i < p.length && p[i] !== ']') { if (p[i] === '\\') i++; i++; }
      continue;
    }
    if (c === '(') { stack.push({ quantified: quantifiedInside, alternation: alternationInside }); quantifiedInside = false; alternationInside = false; continue; }
    if (c === '|') { alternationInside = true; continue; }
    if (c === ')') {
      const inner = quantifiedInside, alt = alternationInside;
      const outer = stack.pop() ?? { quantified: false, alternation: false };
      quantifiedInside = outer.quantified;
      alternationInside = outer.alternation;
      const next = p[i + 1];
      const repeated = next === '+' || next === '*' || (next === '{' && /^\{\d*,\d*\}/.test(p.slice(i + 1)) && !/^\{(\d+),?\1?\}/.test(p.slice(i + 1)) && !/^\{[01]?,1\}/.test(p.slice(i + 1)));
      if (inner && repeated) return 'nested quantifier';
      if (alt && repeated) return 'repeated alternation';
      if (inner || repeated) quantifiedInside = true;
      continue;
    }
    if (c === '+' || c === '*') quantifiedInside = true;
    if (c === '{' && /^\{\d*,\d*\}/.test(p.slice(i))) {
      const m = /^\{(\d*),(\d*)\}/.exec(p.slice(i))!;
      if (m[2] === '' || Number(m[2]) > 1) quantifiedInside = true;
    }
  }
  return null;
}
