/** Encodings: every form of the same report decodes to the same text; non-text files say what they are. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../engine/document/read/decode.js';
import { ReportInputError } from '../engine/errors.js';
import { scoreBytes } from '../engine/scoring/report.js';
import { defaultScorer, seedText } from './helpers.js';

const text = seedText('003_82ca6d383a15eea9.txt');
const utf16be = (s: string) => { const b = Buffer.from(s, 'utf16le'); b.swap16(); return b; };

const forms: Array<[string, Uint8Array]> = [
  ['utf-8', Buffer.from(text, 'utf8')],
  ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
  ['gb18030', iconv.encode(text, 'gb18030')],
  ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
];

describe('decodeBytes', () => {
  for (const [encoding, bytes] of forms) {
    it(`decodes ${encoding} to the same text and records the encoding`, () => {
      expect(decodeBytes(bytes)).toEqual({ text, encoding });
    });
  }

  it('GBK bytes (a subset of GB18030) decode as gb18030', () => {
    expect(decodeBytes(iconv.encode('法治政府建设情况报告', 'gbk'))).toEqual({ text: '法治政府建设情况报告', encoding: 'gb18030' });
  });

  it('every encoding scores exactly like the UTF-8 original', async () => {
    const scored = await Promise.all(forms.map(([, b]) => scoreBytes(defaultScorer(), b, 'r.txt')));
    for (const s of scored.slice(1)) {
      expect({ ...s, encoding: null }).toEqual({ ...scored[0], encoding: null });
    }
  });

  it.each([
    ['a .docx renamed to .txt', [0x50, 0x4b, 0x03, 0x04, 1, 2], 'docx_as_txt', {}],
    ['a .pdf renamed to .txt', [...Buffer.from('%PDF-1.7\n')], 'pdf_as_txt', {}],
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'binary_file', { kind: 'png' }],
    ['a JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'binary_file', { kind: 'jpeg' }],
  ])('%s is rejected with a code and params', (_name, bytes, code, params) => {
    expect(() => decodeBytes(Uint8Array.from(bytes))).toThrow(ReportInputError);
    try { decodeBytes(Uint8Array.from(bytes)); } catch (e) { expect((e as ReportInputError).error).toEqual({ code, params }); }
  });
});

describe('the UTF-8 fast path', () => {
  it('decodes any valid UTF-8 exactly as a fatal TextDecoder does, (invalid bytes keep their lenient path: see the invalid_bytes tests)', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (s) => {
      const bytes = new TextEncoder().encode('报告' + s);
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return;
      let d;
      try { d = decodeBytes(bytes); } catch (e) { if (e instanceof ReportInputError) return; throw e; }
      expect(d.text).toBe(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      expect(d.encoding).toBe('utf-8');
    }), { numRuns: 300 });
  });
});
