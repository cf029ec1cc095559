/**
 * A static guard against catastrophic backtracking: a quantified group whose body is itself
 * quantified ((a+)+, (\w*)*, (a|a)+ with a quantifier inside) can take exponential time on V8's
 * backtracking engine. Rubric patterns are untrusted data, so such a pattern is refused at load.
 */
export function unsafePatternReason(p: string): string | null {
  // Walk the pattern, tracking for every open group whether its body contains a quantifier.
  const stack: boolean[] = [];
  let quantifiedInside = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') {
      // skip a character class
      i++;
      while (i < p.length && p[i] !== ']') { if (p[i] === '\\') i++; i++; }
      continue;
    }
    if (c === '(') { stack.push(quantifiedInside); quantifiedInside = false; continue; }
    if (c === ')') {
      const inner = quantifiedInside;
      quantifiedInside = stack.pop() ?? false;
      const next = p[i + 1];
      const outerQuantified = next === '+' || next === '*' || (next === '{' && /^\{\d*,\d*\}/.test(p.slice(i + 1)) && !/^\{\d+\}/.test(p.slice(i + 1)));
      if (inner && outerQuantified) return 'nested quantifier';
      if (inner) quantifiedInside = true;
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
