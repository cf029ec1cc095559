/**
 * Text from outside (file names, report text, rubric strings) printed to a terminal is made inert:
 * C0/C1 control characters — ESC that starts ANSI/OSC sequences (clear screen, retitle the
 * terminal, hyperlinks), CR that overwrites a line, newlines that forge lines of our own output —
 * and the Unicode bidi overrides are shown as visible escapes (\x1b, \r, \n, \u202e) instead.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function term(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  return String(s).replace(UNSAFE, (c) => {
    const n = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}
