/**
 * Limits that hold (issue 12): zip bombs and lying zips stopped before inflating, time budgets
 * validated and per report, stray bytes in UTF-8 flagged not turned into mojibake, mojibake an
 * error row, and nothing from a file name or a report reaching the terminal as an escape sequence.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bomlessUtf16, decodeBytes } from '../engine/document/read/decode.js';
import { guardZip } from '../engine/document/read/zip-guard.js';
import { scoreBytes } from '../engine/scoring/report.js';
import { parseBudget, parseMaxMb, parseShare, parseWorkers } from '../harness/options.js';
import { term } from '../harness/terminal.js';
import { CLI, rubricCli, tempDir } from './cli-helpers.js';
import { CORPUS, defaultScorer, seedText } from './helpers.js';

const SEEDS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

/** A zip written by hand, so that its declared sizes can lie. */
function zip(entries: Array<{ name: string; data: Buffer; declared?: number }>): Buffer {
  const locals: Buffer[] = [], centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const body = deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const size = e.declared ?? e.data.length;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc32(e.data), 14); lh.writeUInt32LE(body.length, 18); lh.writeUInt32LE(size, 22); lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(crc32(e.data), 16); ch.writeUInt32LE(body.length, 20); ch.writeUInt32LE(size, 24); ch.writeUInt16LE(name.length, 28); ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, body);
    centrals.push(ch, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10); end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
const codeOf = (f: () => unknown) => { try { f(); return 'ok'; } catch (e) { return (e as { code?: string }).code; } };

describe('zip guard (docx)', () => {
  it('a real .docx passes', async () => {
    const buf = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('法治政府建设情况报告')] }] }));
    expect(codeOf(() => guardZip(buf))).toBe('ok');
  });

  it('a zip bomb (64 MB of zeros, ~1000:1) is too_large before inflating; so is a total past the limit declared over many entries', () => {
    expect(codeOf(() => guardZip(zip([{ name: 'word/document.xml', data: Buffer.alloc(64 * 1024 * 1024) }])))).toBe('too_large');
    const many = Array.from({ length: 30 }, (_, i) => ({ name: `word/p${i}.xml`, data: Buffer.from('<w:p/>'), declared: 10 * 1024 * 1024 }));
    expect(codeOf(() => guardZip(zip(many)))).toBe('too_large');
  });

  it('an entry that inflates past its declared size is bad_docx (capped, never inflated whole); so is a zip with no central directory', () => {
    expect(codeOf(() => guardZip(zip([{ name: 'word/document.xml', data: Buffer.alloc(900_000, 0x61), declared: 1000 }])))).toBe('bad_docx');
    expect(codeOf(() => guardZip(Buffer.from('PK\x03\x04 not really a zip')))).toBe('bad_docx');
  });

  it('scoring a bomb named .docx gives its error row', async () => {
    const r = await scoreBytes(defaultScorer(), zip([{ name: 'word/document.xml', data: Buffer.alloc(64 * 1024 * 1024) }]), 'bomb.docx');
    expect(r.error).toMatchObject({ code: 'too_large', params: { zip: 'ratio', entry: 'word/document.xml', limit: 200 } });
    // the other way to be too large: a total declared over many entries, each under the size where ratios count
    const many = Array.from({ length: 1000 }, (_, i) => ({ name: `word/p${i}.xml`, data: Buffer.from('<w:p/>'), declared: 300_000 }));
    expect((await scoreBytes(defaultScorer(), zip(many), 'many.docx')).error).toMatchObject({ code: 'too_large', params: { zip: 'unzipped', limit: 256 * 1024 * 1024 } });
  });
});

describe('time budgets', () => {
  it('--time-budget: 0 and none mean no limit; Infinity, past setTimeout\'s limit, negative or text are refused', () => {
    expect(parseBudget('0')).toBe(Infinity);
    expect(parseBudget('none')).toBe(Infinity);
    expect(parseBudget('2.5')).toBe(2500);
    for (const v of ['Infinity', '1e9', '2147484', '-1', 'ten', '']) expect(() => parseBudget(v), v).toThrow();
    const r = rubricCli(['score', '--corpus', CORPUS, '--out', tempDir(), '--time-budget', 'Infinity']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--time-budget');
  }, 240_000);

  it('other values are checked by the same parsers: workers, max-mb, min-accuracy', () => {
    for (const v of ['0', '1.5', '65', 'x']) expect(() => parseWorkers(v), v).toThrow();
    for (const v of ['0', '2048', 'NaN']) expect(() => parseMaxMb(v), v).toThrow();
    for (const v of ['2', '-0.1', 'high']) expect(() => parseShare(v), v).toThrow();
    expect(rubricCli(['eval', '--gold', 'corpus/gold.json', '--min-accuracy', '1.5']).code).toBe(2);
  }, 240_000);

  it('--time-budget none scores normally', () => {
    const corpus = tempDir();
    cpSync(join(CORPUS, SEEDS[0]), join(corpus, SEEDS[0]));
    expect(rubricCli(['score', '--corpus', corpus, '--out', tempDir(), '--time-budget', 'none', '--no-cache', '--quiet']).code).toBe(0);
  }, 240_000);

  it('a hanging report\'s budget ends that report alone, not its batch', () => {
    // 80 small reports on one worker: batches of 20. Before, the hanging report's batch had 20 × 3 s
    // before anything was retried (≥ 60 s); now the report alone times out after 3 s.
    const corpus = tempDir();
    const body = (i: number) => `某某镇人民政府2024年法治政府建设情况报告\n一、主要工作\n第${i}项，聘请法律顾问，开展普法宣传。\n`;
    for (let i = 0; i < 80; i++) writeFileSync(join(corpus, `r${String(i).padStart(2, '0')}.txt`), body(i));
    writeFileSync(join(corpus, 'r05-hang.txt'), body(99));
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [CLI, 'score', '--corpus', corpus, '--out', tempDir(), '--workers', '1', '--time-budget', '3', '--no-cache', '--format', 'jsonl'], { encoding: 'utf8', env: { ...process.env, RUBRIC_FAULTS: JSON.stringify({ 'r05-hang.txt': 'hang' }) } });
    const seconds = (Date.now() - t0) / 1000;
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/r05-hang\.txt \[timeout\]/);
    expect(r.stderr.match(/\[timeout\]/g)).toHaveLength(1);
    expect(seconds).toBeLessThan(45);
  }, 120_000);
});

describe('encodings: a few stray bytes are not an encoding', () => {
  const text = seedText(SEEDS[2]);
  const utf8 = Buffer.from(text, 'utf8');
  const lineOf = (b: Buffer, at: number) => b.subarray(0, at).toString('latin1').split('\n').length;

  it('UTF-8 with one stray byte decodes as UTF-8 with a replacement, flagged with count and line', () => {
    const at = utf8.indexOf(Buffer.from('\n'), 2000) + 1; // the start of a line: the byte is the only damage
    const damaged = Buffer.concat([utf8.subarray(0, at), Buffer.from([0xff]), utf8.subarray(at)]);
    const d = decodeBytes(damaged);
    expect(d.invalid).toEqual({ count: 1, line: lineOf(utf8, at) });
    expect(d.text).toBe(text.slice(0, Buffer.from(utf8.subarray(0, at)).toString('utf8').length) + '\ufffd' + Buffer.from(utf8.subarray(at)).toString('utf8'));
  });

  it('variant: three bytes lost from the middle of characters on different lines (a truncated paste)', async () => {
    const cut = [0.2, 0.5, 0.8].map((p) => { let i = Math.floor(utf8.length * p); while (i < utf8.length && (utf8[i] & 0xc0) !== 0x80) i++; return i; });
    const damaged = Buffer.concat([utf8.subarray(0, cut[0]), utf8.subarray(cut[0] + 1, cut[1]), utf8.subarray(cut[1] + 1, cut[2]), utf8.subarray(cut[2] + 1)]);
    const d = decodeBytes(damaged);
    expect(d.encoding).toMatch(/^utf-8/);
    expect(d.invalid!.count).toBeGreaterThanOrEqual(3);
    expect(d.invalid!.line).toBe(lineOf(utf8, cut[0]));
    const scored = await scoreBytes(defaultScorer(), damaged, 'damaged.txt');
    expect(scored.error).toBeUndefined();
    expect(scored.flags).toContain('invalid_bytes');
    const clean = await scoreBytes(defaultScorer(), utf8, 'clean.txt');
    expect(scored.total).toBeGreaterThan(clean.total - 10);
  });

  it('a GBK report is still GB18030; UTF-8 read as GBK, or double-encoded, is garbled_text, never a score', async () => {
    expect(decodeBytes(iconv.encode(text, 'gb18030')).encoding).toBe('gb18030');
    // every 150th byte lost: too many to be stray bytes, and read as GBK it is mojibake
    const wrecked = Buffer.from(utf8.filter((_, i) => i % 150 !== 149));
    expect(codeOf(() => decodeBytes(wrecked))).toBe('garbled_text');
    // (double-encoded through Latin-1 loses nothing: it is put back, flagged — see the double-encoded paragraph test)
    const twice = decodeBytes(Buffer.from(utf8.toString('latin1'), 'utf8'));
    expect(twice.text).toBe(text);
    expect(twice.mixed).toBeDefined();
    expect((await scoreBytes(defaultScorer(), wrecked, 'w.txt')).error?.code).toBe('garbled_text');
  });
});

describe('encodings office tools and scripts write', () => {
  const text = seedText(SEEDS[2]);
  const utf8 = Buffer.from(text, 'utf8');
  const clean = () => scoreBytes(defaultScorer(), utf8, 'r.txt');
  const same = async (bytes: Uint8Array) => {
    const [a, b] = [await scoreBytes(defaultScorer(), bytes, 'r.txt'), await clean()];
    expect({ ...a, encoding: null, flags: null }).toEqual({ ...b, encoding: null, flags: null });
    return a;
  };

  it('UTF-16 without a BOM (little-endian, the red team\'s file) decodes as UTF-16 and scores as the UTF-8 original', async () => {
    const le = Buffer.from(text, 'utf16le');
    expect(decodeBytes(le)).toEqual({ text, encoding: 'utf-16le (no BOM)' });
    await same(le);
  });

  it('variant: big-endian UTF-16 without a BOM, and a short title-sized text that is too short to tell is not guessed', () => {
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeBytes(be)).toEqual({ text, encoding: 'utf-16be (no BOM)' });
    expect(bomlessUtf16(Buffer.from('法治政府建设情况报告', 'utf16le'))).toBeNull();
  });

  it('UTF-16 without a BOM and one stray byte at the end (a line appended by a script: red team 2, 11) is still UTF-16', () => {
    const d = decodeBytes(Buffer.concat([Buffer.from(text, 'utf16le'), Buffer.from('\n')]));
    expect(d.encoding).toBe('utf-16le (no BOM)');
    expect(d.text.startsWith(text)).toBe(true);
  });

  it('UTF-8 with more stray bytes than the gate lets pass (a Latin-1 no-break space every few lines: red team 2, 08) is read as UTF-8 and flagged, not called mojibake', () => {
    const lines = text.split('\n');
    const dirty = Buffer.concat(lines.map((l, i) => Buffer.concat([Buffer.from(l, 'utf8'), i % 3 === 1 ? Buffer.from([0xa0]) : Buffer.alloc(0), Buffer.from(i < lines.length - 1 ? '\n' : '')])));
    const d = decodeBytes(dirty);
    expect(d.encoding).toMatch(/^utf-8 \(invalid bytes: \d+/);
    expect(d.invalid!.count).toBeGreaterThan(3);
    expect(d.text.replace(/\ufffd/g, '')).toBe(text);
  });

  it('a report in traditional characters saved as Big5 (a Taiwan or Hong Kong machine: red team 2, 06) is read as Big5 and scores as the original', async () => {
    const OpenCC = await import('opencc-js');
    const tw = OpenCC.Converter({ from: 'cn', to: 'tw' })(text);
    const b5 = iconv.encode(tw, 'big5');
    const d = decodeBytes(b5);
    expect(d.encoding).toBe('big5');
    expect(d.text).toBe(tw);
    const [a, b] = [await scoreBytes(defaultScorer(), b5, 'b5.txt'), await clean()];
    expect(a.total).toBe(b.total);
    expect(a.unit).toBe(b.unit);
    // a variant: the same traditional text in UTF-8 reads as UTF-8; a GBK report is never taken for Big5
    expect(decodeBytes(Buffer.from(tw, 'utf8')).encoding).toBe('utf-8');
    expect(decodeBytes(iconv.encode(text, 'gbk')).encoding).toBe('gb18030');
  });

  it('UTF-32 with a BOM, either byte order, decodes (it used to read as UTF-16 and be called binary)', async () => {
    const cps = [...text].map((c) => c.codePointAt(0)!);
    const le = Buffer.alloc(4 + cps.length * 4); le.writeUInt32LE(0xfeff, 0); cps.forEach((c, i) => le.writeUInt32LE(c, 4 + i * 4));
    const be = Buffer.alloc(4 + cps.length * 4); be.writeUInt32BE(0xfeff, 0); cps.forEach((c, i) => be.writeUInt32BE(c, 4 + i * 4));
    expect(decodeBytes(le)).toEqual({ text, encoding: 'utf-32le' });
    expect(decodeBytes(be)).toEqual({ text, encoding: 'utf-32be' });
    await same(le);
  });

  it('a UTF-8 report with one paragraph saved as GBK (pieces pasted together) decodes line by line, scores as the original, flagged mixed_encoding', async () => {
    const lines = text.split('\n');
    const k = lines.findIndex((l, i) => i > 8 && l.length > 40);
    const bytes = Buffer.concat(lines.map((l, i) => Buffer.concat([i === k ? iconv.encode(l, 'gbk') : Buffer.from(l, 'utf8'), Buffer.from(i < lines.length - 1 ? '\n' : '')])));
    const d = decodeBytes(bytes);
    expect(d.text).toBe(text);
    expect(d.mixed).toEqual({ lines: 1, line: k + 1 });
    const scored = await same(bytes);
    expect(scored.flags).toContain('mixed_encoding');
  });

  it('variant: a GBK report with two UTF-8 lines in it, far apart; a pure GBK report is still plain gb18030', () => {
    const lines = text.split('\n');
    const u = new Set([3, lines.length - 4]);
    const bytes = Buffer.concat(lines.map((l, i) => Buffer.concat([u.has(i) ? Buffer.from(l, 'utf8') : iconv.encode(l, 'gbk'), Buffer.from(i < lines.length - 1 ? '\n' : '')])));
    const d = decodeBytes(bytes);
    expect(d.text).toBe(text);
    // ASCII-only and empty lines are the same in both encodings: only the other lines with Chinese count
    expect(d.mixed!.lines).toBe(lines.filter((l, i) => !u.has(i) && /[^\x00-\x7f]/.test(l)).length);
    expect(decodeBytes(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
  });

  it('a NUL before each line end (an export tool\'s leftover: red team 2, 10) is dropped: the text reads as the clean one', async () => {
    const nul = Buffer.from(text.replace(/\n/g, '\u0000\n'), 'utf8');
    expect(decodeBytes(nul)).toEqual({ text, encoding: 'utf-8' });
    await same(nul);
    // a variant: a few other control characters inside lines (an escape, a bell)
    const ctl = text.replace('。', '\u001b。').replace('，', '\u0007，');
    expect(decodeBytes(Buffer.from(ctl, 'utf8')).text).toBe(text);
  });

  it('a paragraph double-encoded inside a good UTF-8 report (UTF-8 read as Latin-1: red team 2, 09) is put back and flagged mixed_encoding', async () => {
    const lines = text.split('\n');
    const k = lines.findIndex((l, i) => i > 5 && l.length > 30);
    const bad = [...lines.slice(0, k), Buffer.from(lines[k], 'utf8').toString('latin1'), ...lines.slice(k + 1)].join('\n');
    const d = decodeBytes(Buffer.from(bad, 'utf8'));
    expect(d.text).toBe(text);
    expect(d.mixed?.line).toBe(k + 1);
    const scored = await same(Buffer.from(bad, 'utf8'));
    expect(scored.flags).toContain('mixed_encoding');
    // a variant: real Latin-1 signs in a report (25°C, 3×4, 5 · 6, café) are left as they are
    const signs = `${text}\n气温25°C，面积3×4米，第5 · 6项，café。`;
    expect(decodeBytes(Buffer.from(signs, 'utf8'))).toEqual({ text: signs, encoding: 'utf-8' });
  });

  it('锟斤拷 (a GBK file opened as UTF-8, saved, opened as GBK: red team 2, 14) is garbled_text whether saved as GBK or UTF-8; a few are read and flagged', () => {
    const once = new TextDecoder('utf-8').decode(iconv.encode(text, 'gbk')); // every Chinese character lost to U+FFFD
    const kun = new TextDecoder('gbk').decode(Buffer.from(once, 'utf8')); // 锟斤拷锟斤拷2024锟斤拷…
    expect(kun).toContain('锟斤拷');
    expect(codeOf(() => decodeBytes(iconv.encode(kun, 'gbk')))).toBe('garbled_text');
    expect(codeOf(() => decodeBytes(Buffer.from(kun, 'utf8')))).toBe('garbled_text');
    // a variant: half the report so (a pasted half) is garbled too; two in a whole report are read and flagged
    const lines = text.split('\n');
    const half = [...lines.slice(0, lines.length / 2), ...kun.split('\n').slice(lines.length / 2)].join('\n');
    expect(codeOf(() => decodeBytes(Buffer.from(half, 'utf8')))).toBe('garbled_text');
    const two = text.replace('。', '锟斤拷。').replace(/。(?!.*锟)/, '锟斤拷。');
    const d = decodeBytes(Buffer.from(two, 'utf8'));
    expect(d.invalid?.count).toBe(2);
    expect(d.encoding).toMatch(/锟斤拷: 2/);
  });

  it('a report once decoded with the wrong code page and saved again as UTF-8 (replacement characters among rare Han) is garbled_text, not "not text"', () => {
    const twice = Buffer.from(new TextDecoder('gbk').decode(utf8), 'utf8');
    expect(codeOf(() => decodeBytes(twice))).toBe('garbled_text');
    // variant: the same through Big5 (a Hong Kong or Taiwan machine)
    expect(codeOf(() => decodeBytes(Buffer.from(new TextDecoder('big5').decode(utf8), 'utf8')))).toBe('garbled_text');
    // random bytes are still binary
    const noise = Buffer.alloc(4000); for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 256;
    expect(codeOf(() => decodeBytes(noise))).toBe('binary_file');
  });
});

describe('the terminal sees no escape sequences from files', () => {
  it('term() makes ANSI/OSC escapes, CR, newlines and bidi overrides visible', () => {
    expect(term('a\x1b]0;t\x07b\x1b[2J\r\nc\u202e')).toBe('a\\x1b]0;t\\x07b\\x1b[2J\\r\\nc\\u202e');
    expect(term('报告 2024.txt')).toBe('报告 2024.txt');
  });

  it('a file name with OSC/ANSI escapes, CR and a newline cannot retitle, clear or forge lines', () => {
    const corpus = tempDir();
    cpSync(join(CORPUS, SEEDS[0]), join(corpus, SEEDS[0]));
    const evil = '\x1b]0;pwned\x07\x1b[2J\r\n未评分: forged.txt [x] ok\n.txt';
    writeFileSync(join(corpus, evil), '');
    const r = rubricCli(['score', '--corpus', corpus, '--out', tempDir(), '--no-cache']);
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).not.toMatch(/[\x1b\x07\r]/);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('未评分'))).toHaveLength(1);
  }, 240_000);
});
