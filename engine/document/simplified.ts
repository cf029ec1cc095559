/**
 * Traditional characters to simplified, one character for one (offsets into the original stay valid).
 * Mirrors of government pages are often served in traditional characters; the lexicons, the
 * gazetteer and the unit names are simplified. The table is OpenCC's TSCharacters (npm `opencc-js`),
 * read lazily, only the first simplified form of each entry and only where both are one UTF-16 unit.
 * A document is converted only when it is written in traditional characters: some traditional forms
 * are also simplified characters in their own right (著 in 显著, 乾 in 乾隆), so a simplified report is
 * never touched.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
let table: Map<string, string> | null = null;

function ts(): Map<string, string> {
  if (table) return table;
  // dist/esm-lib/dict/TSCharacters.js is `export default "丟 丢|…"`: read it as text, no module load needed
  const file = require.resolve('opencc-js').replace(/dist[\\/]umd[\\/]full\.js$/, 'dist/esm-lib/dict/TSCharacters.js');
  const src = readFileSync(file, 'utf8');
  const body = src.slice(src.indexOf('"') + 1, src.lastIndexOf('"'));
  const m = new Map<string, string>();
  for (const entry of body.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from.length === 1 && to.length === 1 && from !== to) m.set(from, to);
  }
  return (table = m);
}

/** Characters that are traditional-only and frequent in reports: their share tells the script of a text. */
const MARKERS = new Uint8Array(0x9fa6 - 0x4e00); // one flag per CJK unified ideograph: a lookup per character, not a hash
for (const c of '國會與為這發們區縣鎮關於說時對報設實體導黨規學習務機開進緊經濟條幹員處總產權將當見號門長從後現點應') MARKERS[c.charCodeAt(0) - 0x4e00] = 1;

/** Whether a text is written in traditional characters (more than 2 % of its Chinese characters are traditional-only). One pass, no allocation. */
export function isTraditional(text: string): boolean {
  const n = Math.min(text.length, 20000);
  let markers = 0, han = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fa5) continue;
    han++;
    markers += MARKERS[c - 0x4e00];
  }
  return markers >= 5 && markers / Math.max(han, 1) > 0.02;
}

/** The text with every traditional character replaced by its simplified form (same length). */
export function toSimplified(text: string): string {
  const t = ts();
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const s = t.get(text[i]);
    if (s === undefined) continue;
    out += text.slice(run, i) + s;
    run = i + 1;
  }
  return run === 0 ? text : out + text.slice(run);
}
