/**
 * Report errors are data: a closed code with params (engine/errors.ts), rendered in Chinese or
 * English only by the harness's catalogue (harness/messages.ts). These tests assert codes and
 * params, never wording: that every code renders in both languages with every param filled, that
 * the engine writes no prose, and that results.jsonl carries {code, params, message} in --lang.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CacheWarning, CacheWarningCode, ReportError, ReportErrorCode, ReportErrorParams } from '../engine/errors.js';
import { scoreBytes } from '../engine/scoring/report.js';
import { CACHE_WARNING_CODES, cacheWarningMessage, REPORT_ERROR_CODES, reportMessage } from '../harness/messages.js';
import { rubricCli, tempDir } from './cli-helpers.js';
import { defaultScorer, ROOT } from './helpers.js';

/** Params for every code, every variant of a union at least once. */
const SAMPLES: { [C in ReportErrorCode]: Array<ReportErrorParams[C]> } = {
  docx_as_txt: [{}], pdf_as_txt: [{}], doc_as_txt: [{}],
  binary_file: [{ kind: 'png' }, { kind: 'jpeg' }, { kind: 'gif' }, { kind: 'control' }, { kind: 'program' }, { kind: 'control', named: 'pdf' }],
  bad_docx: [{ where: 'zip', detail: 'no central directory' }, { where: 'content', detail: 'word/document.xml missing' }],
  bad_pdf: [{ detail: 'Invalid PDF structure' }],
  needs_ocr: [{ format: 'PDF' }, { format: 'OFD' }],
  no_report_text: [{ chars: 4, attachment: true }, { chars: 0, attachment: false }, { chars: 0, total: 2, attachment: false }],
  bad_doc: [{ format: 'doc', detail: 'bad header' }, { format: 'wps', detail: 'bad header' }],
  bad_ofd: [{ detail: 'no pages' }],
  unsupported_format: (['rtf', 'odt', 'pages', 'mht', 'xps', 'word_template', 'wps_template', 'ceb', 'old_wps', 'not_word97'] as const).map((format) => ({ format })),
  empty_report: [{}], not_chinese: [{}, { named: 'docx' }, { named: 'pdf' }], own_output: [{}],
  too_large: [
    { bytes: 60 * 1048576, limit: 50 * 1048576 },
    { zip: 'entries', count: 6000, limit: 5000 },
    { zip: 'unzipped', bytes: 300 * 1048576, limit: 256 * 1048576 },
    { zip: 'ratio', entry: 'word/document.xml', ratio: 1000, limit: 200 },
    { zip: 'zip64', entry: 'word/document.xml' },
    { chars: 2_400_000, limit: 1_000_000 },
  ],
  unreadable: [{ detail: 'EACCES' }],
  timeout: [{ seconds: 10 }, { seconds: 0.5 }],
  worker_crashed: [{ detail: 'worker exited with code 3' }],
  internal_error: [{ detail: 'x is not a function' }],
  missing: [{}],
  garbled_text: [{ format: 'text' }, { format: 'PDF' }, { format: 'OFD' }],
  unreadable_name: [{}], broken_link: [{}], link_loop: [{}], path_too_long: [{}], not_a_file: [{}], outside_corpus: [{}],
};

const CACHE_SAMPLES: { [C in CacheWarningCode]: CacheWarning & { code: C } } = {
  cache_key_unreadable: { code: 'cache_key_unreadable', params: { folder: '/tmp/cache' } },
  cache_integrity: { code: 'cache_integrity', params: { path: '/tmp/cache/ab/abc.json' } },
  cache_corrupt: { code: 'cache_corrupt', params: { path: '/tmp/cache/ab/abc.json' } },
  cache_malformed: { code: 'cache_malformed', params: { path: '/tmp/cache/ab/abc.json' } },
};

const HAN = /\p{Script=Han}/u;
/** What a template leaves behind when a param is missing or of the wrong shape. */
const UNFILLED = /undefined|null|NaN|\[object|\$\{|[{}]/;
const FILE = '乡镇/某某镇-2024.docx';

describe('every report error code renders in both languages', () => {
  it('the samples cover exactly the catalogue', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...REPORT_ERROR_CODES].sort());
    expect(Object.keys(CACHE_SAMPLES).sort()).toEqual([...CACHE_WARNING_CODES].sort());
  });

  for (const code of Object.keys(SAMPLES) as ReportErrorCode[]) {
    it(code, () => {
      for (const params of SAMPLES[code]) {
        const e = { code, params } as ReportError;
        const zh = reportMessage(FILE, e, 'zh');
        const en = reportMessage(FILE, e, 'en');
        for (const m of [zh, en]) {
          expect(m, m).not.toMatch(UNFILLED);
          expect(m, m).toContain(FILE); // names the file
          expect(m.length, m).toBeGreaterThan(FILE.length + 20); // and says something about it
        }
        expect(zh.replace(FILE, ''), zh).toMatch(HAN);
        // English apart from the file name and the genre's own name
        expect(en.replace(FILE, '').replace('法治政府建设', ''), en).not.toMatch(HAN);
        for (const v of Object.values(params)) if (typeof v === 'string' && !['zip', 'content', 'png', 'jpeg', 'gif', 'control', 'doc', 'wps', 'text'].includes(v) && !/^[a-z0-9_]+$/.test(v)) expect(en, `${code}: ${v}`).toContain(v);
      }
    });
  }

  it('variants of one code say different things (the params are not ignored)', () => {
    const texts = (code: ReportErrorCode) => new Set(SAMPLES[code].map((p) => reportMessage(FILE, { code, params: p } as ReportError, 'en')));
    for (const code of ['binary_file', 'bad_docx', 'unsupported_format', 'too_large', 'garbled_text', 'needs_ocr', 'no_report_text'] as const) expect(texts(code).size).toBe(SAMPLES[code].length);
  });

  it('cache warnings render in both languages, naming the entry or folder', () => {
    for (const w of Object.values(CACHE_SAMPLES)) {
      for (const lang of ['zh', 'en'] as const) {
        const m = cacheWarningMessage(w, lang);
        expect(m).not.toMatch(UNFILLED);
        expect(m).toContain(Object.values(w.params)[0]);
      }
    }
  });
});

/** A line of engine code that carries user prose: a Chinese sentence followed by ` / English`, or Chinese advice (：请…) in a string. */
const BILINGUAL = /\p{Script=Han}[^\n]*?[。：；）)]\s*\/\s+[A-Z][a-z]+\s/u;
const ADVICE = /['"`][^'"`\n]*[：:]\s*请[^'"`\n]*(?:另存|检查|确认|提供|删除|改回|改名|报告给|重新|导出)/u;
const prose = (line: string) => BILINGUAL.test(line) || ADVICE.test(line);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

describe('the engine writes no prose', () => {
  it('the detector catches a bilingual message and Chinese advice (so the scan below can fail)', () => {
    expect(prose("  throw new Err('bad', `读不出这个文件：请重新保存后再试。 / Cannot read this file: save it again.`);")).toBe(true);
    expect(prose("  return fail(file, '文件没有正文：请检查导出的内容。');")).toBe(true);
    expect(prose("const LEADS = ['下一步工作计划', '存在的问题'];")).toBe(false);
  });

  it('no engine module contains a bilingual or advising message', () => {
    const hits: string[] = [];
    for (const f of tsFiles(join(ROOT, 'engine'))) {
      readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        if (!/^\s*(\*|\/\/)/.test(line) && prose(line)) hits.push(`${f.slice(ROOT.length + 1)}:${i + 1}: ${line.trim().slice(0, 100)}`);
      });
    }
    expect(hits).toEqual([]);
  });
});

describe('report errors from the engine are codes and params', () => {
  const score = (text: string | Uint8Array, file: string, maxBytes = 1 << 20) => scoreBytes(defaultScorer(), typeof text === 'string' ? Buffer.from(text) : text, file, { maxBytes });

  it('empty, not Chinese, too large', async () => {
    expect((await score('  \n\t\n', 'a.txt')).error).toEqual({ code: 'empty_report', params: {} });
    expect((await score('Annual report on the rule of law, nothing else.', 'b.txt')).error).toEqual({ code: 'not_chinese', params: {} });
    expect((await score('法治'.repeat(100), 'c.txt', 50)).error).toEqual({ code: 'too_large', params: { bytes: 600, limit: 50 } });
  });

  it('bytes that are no zip under a .docx name are named for what they are, not sent back to Word (nu32: a program renamed .docx)', async () => {
    const gz = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, ...Array.from({ length: 4000 }, (_, i) => (i * 131 + 7) % 256)]);
    expect((await score(gz, '张场镇2024年法治政府建设情况报告.docx')).error?.code).toBe('binary_file');
    // a variant: ELF bytes under .docm; a picture under .docx was named already
    expect((await score(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, ...Array.from({ length: 4000 }, (_, i) => (i * 17) % 256)]), 'a.docm')).error?.code).toBe('binary_file');
    expect((await score(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'b.docx')).error).toEqual({ code: 'binary_file', params: { kind: 'png' } });
  });

  it('undecodable bytes under a PDF or Word name are said to be a damaged file, not asked for in text (nu38: a broken .pdf read 内容不是文本)', async () => {
    const junk = new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 97 + 13) % 251));
    expect((await score(junk, '青山镇2024年报告.pdf')).error).toEqual({ code: 'binary_file', params: { kind: 'control', named: 'pdf' } });
    // a variant: the same bytes under .docx and .docm (a .doc's stay with the Word 97 reader, whose advice to convert fits an
    // old WPS 1.0 file); under .txt (no format to be damaged) and with no extension they stay plain binary
    expect((await score(junk, 'b.docx')).error).toEqual({ code: 'binary_file', params: { kind: 'control', named: 'docx' } });
    expect((await score(junk, 'a.docm')).error).toEqual({ code: 'binary_file', params: { kind: 'control', named: 'docm' } });
    expect((await score(junk, 'c.txt')).error).toEqual({ code: 'binary_file', params: { kind: 'control' } });
    expect((await score(junk, 'd')).error).toEqual({ code: 'binary_file', params: { kind: 'control' } });
  });

  it('a program under a document\'s name is said to be one, not advised to be re-saved in Word (nu35)', async () => {
    const elf = new Uint8Array(200); elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
    expect((await score(elf, 'a.doc')).error).toEqual({ code: 'binary_file', params: { kind: 'program' } });
    // a variant: a Windows program (MZ, its PE header where e_lfanew points) named .wps
    const pe = new Uint8Array(256); pe.set([0x4d, 0x5a]); pe[0x3c] = 0x80; pe.set([0x50, 0x45, 0, 0], 0x80);
    expect((await score(pe, 'b.wps')).error).toEqual({ code: 'binary_file', params: { kind: 'program' } });
    // guard: text that happens to begin with MZ is no program
    const text = `MZ${'镇人民政府2024年法治政府建设情况报告。'.repeat(6)}`;
    expect((await score(text, 'c.txt')).error?.params).not.toEqual({ kind: 'program' });
  });

  it('a file of a few Chinese characters is a report without its text, not a text without Chinese (session 30: 法治 in GBK read as not_chinese)', async () => {
    // 法治 in GBK, four bytes
    // …with the characters the whole file holds when they are more than its body's (nu34 read "0 个汉字" of 法治 as a misreading)
    expect((await score(Uint8Array.of(0xb7, 0xa8, 0xd6, 0xce), 'a.txt')).error).toEqual({ code: 'no_report_text', params: { chars: 0, total: 2, attachment: false } });
    // variants: two characters in UTF-8, and a one-line title alone
    expect((await score('建设', 'b.txt')).error).toEqual({ code: 'no_report_text', params: { chars: 0, total: 2, attachment: false } });
    expect((await score('某镇2024年法治政府建设情况报告\n', 'c.txt')).error?.params).toMatchObject({ chars: 0, total: 13 });
    // rendered: both counts, in each language
    const e: ReportError = { code: 'no_report_text', params: { chars: 0, total: 2, attachment: false } };
    expect(reportMessage('a.txt', e, 'zh')).toContain('正文只有 0 个汉字（全文共 2 个');
    expect(reportMessage('a.txt', e, 'en')).toContain('0 Chinese characters of body text (2 in the whole file');
  });

  it('text without Chinese under a Word or PDF name names the format it claims (a failed download, a renamed file); under a text or page name it does not', async () => {
    expect((await score('not a zip', 'report.docx')).error).toEqual({ code: 'not_chinese', params: { named: 'docx' } });
    // variants: a web server's error page saved as the PDF, English text renamed .doc and .wps
    expect((await score('<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>', '报告.PDF')).error).toEqual({ code: 'not_chinese', params: { named: 'pdf' } });
    expect((await score('Annual report on the rule of law.', 'old.doc')).error).toEqual({ code: 'not_chinese', params: { named: 'doc' } });
    expect((await score('Annual report on the rule of law.', 'old.wps')).error).toEqual({ code: 'not_chinese', params: { named: 'wps' } });
    for (const f of ['b.txt', 'b.html']) expect((await score('<p>Annual report on the rule of law.</p>', f)).error).toEqual({ code: 'not_chinese', params: {} });
  });

  it('a text longer than any report (reports pasted together, red team 01) is too_large by characters, under --max-mb, before it is parsed', async () => {
    const one = '一、主要举措和成效\n全年组织学法活动6次，调解纠纷35件。\n';
    const text = one.repeat(Math.ceil(1_000_001 / one.length));
    const r = await score(text, 'd.txt', 50 << 20);
    expect(r.error).toEqual({ code: 'too_large', params: { chars: text.length, limit: 1_000_000 } });
    // a variant: the same text just under the limit is scored
    expect((await score(one.repeat(Math.floor(999_000 / one.length)), 'e.txt', 50 << 20)).error).toBeUndefined();
  }, 120_000);

  it('an office format we do not read names its format, for the advice; aliases share it', async () => {
    expect((await score('x', 'r.rtf')).error).toEqual({ code: 'unsupported_format', params: { format: 'rtf' } });
    expect((await score('x', 'r.MHTML')).error).toEqual({ code: 'unsupported_format', params: { format: 'mht' } });
    expect((await score('x', 'r.dotx')).error).toEqual({ code: 'unsupported_format', params: { format: 'word_template' } });
  });

  it('a file named .pdf that is not a PDF is read as what it holds: text, a page, Word; random bytes say so', async () => {
    const report = '青山镇人民政府关于2023年度法治政府建设情况的报告\n\n一、主要工作\n我镇聘请律师事务所担任常年法律顾问，全年审查合同12份。\n';
    const asText = await score(report, '青山镇.pdf');
    expect(asText.error).toBeUndefined();
    expect(asText.unit).toBe('青山镇人民政府');
    const page = await score(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>${report.replace(/\n/g, '</p><p>')}</p></body></html>`, '存档.PDF');
    expect(page.error).toBeUndefined();
    expect(page.year).toBe(2023);
    const noise = Uint8Array.from({ length: 400 }, (_, i) => (i * 97 + 13) % 256);
    expect((await score(noise, 'scan.pdf')).error?.code).not.toBe('bad_pdf');
  });

  it('a document with a title and no report text is no_report_text, not a 1.5-point rank (red team 18)', async () => {
    // a title and 详见附件 (the report is an attachment)
    const see = await score('青山镇人民政府关于2023年度法治政府建设情况的报告\n详见附件。\n', 'a.txt');
    expect(see.error).toEqual({ code: 'no_report_text', params: { chars: 4, total: 26, attachment: true } });
    // a variant: a saved page that only links the report as a file
    const page = `<!DOCTYPE html><html><body><h1>青山镇2023年度法治政府建设情况报告</h1><p>发布时间：2024-03-01</p><p>附件：<a href="/f/r.pdf">青山镇2023年度法治政府建设情况报告.pdf</a></p></body></html>`;
    expect((await score(page, 'b.html')).error?.code).toBe('no_report_text');
    // a short real body still scores
    expect((await score('青山镇人民政府关于2023年度法治政府建设情况的报告\n一、主要工作\n我镇聘请律师事务所担任常年法律顾问，全年审查合同12份。\n', 'c.txt')).error).toBeUndefined();
  });

  it('a reader failure keeps the reader\'s diagnosis as a param, not a sentence', async () => {
    const e = (await score('%PDF-1.7 but cut short', 'x.pdf')).error!;
    expect(e.code).toBe('bad_pdf');
    expect(Object.keys(e.params)).toEqual(['detail']);
  });
});

describe('results.jsonl: error is {code, params, message}, the message in the run\'s language', () => {
  const corpus = tempDir();
  mkdirSync(join(corpus, 'sub'));
  writeFileSync(join(corpus, 'sub', '空白.txt'), '   \n');
  writeFileSync(join(corpus, '旧稿.rtf'), '{\\rtf1 x}');
  writeFileSync(join(corpus, 'scan.png.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  const run = (lang: 'zh' | 'en') => {
    const out = tempDir();
    const r = rubricCli(['score', '--corpus', corpus, '--out', out, '--quiet', '--no-cache', '--format', 'csv,jsonl', '--lang', lang]);
    expect(r.code, r.stderr).toBe(1);
    const rows = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    return { rows: new Map(rows.map((x) => [x.file, x])), csv: readFileSync(join(out, 'ranking.csv'), 'utf8'), stderr: r.stderr };
  };

  it('zh (default) and en carry the same data and a message in their language naming the file', () => {
    const zh = run('zh'), en = run('en');
    const expected: Record<string, ReportError> = {
      'sub/空白.txt': { code: 'empty_report', params: {} },
      '旧稿.rtf': { code: 'unsupported_format', params: { format: 'rtf' } },
      'scan.png.txt': { code: 'binary_file', params: { kind: 'png' } },
    };
    for (const [file, e] of Object.entries(expected)) {
      for (const [lang, o] of [['zh', zh], ['en', en]] as const) {
        const row = o.rows.get(file);
        expect(Object.keys(row.error)).toEqual(['code', 'params', 'message']);
        expect([row.total, row.rank]).toEqual([null, null]); // no 0 that reads as a score
        expect({ code: row.error.code, params: row.error.params }).toEqual(e);
        expect(row.error.message).toBe(reportMessage(file, e, lang));
        expect(o.csv).toContain(`${e.code}: ${reportMessage(file, e, lang)}`);
        expect(o.stderr).toContain(`[${e.code}]`);
      }
      expect(zh.rows.get(file).error.message).not.toBe(en.rows.get(file).error.message);
    }
  }, 120_000);
});

describe('explain reads a report as score does (red team 17)', () => {
  it('an empty file is [empty_report] with exit 1, not a 0-point analysis; a text past the length limit is [too_large]', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'e.txt'), '');
    const r = rubricCli(['explain', join(dir, 'e.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith('[empty_report] ')).toBe(true);
    expect(r.stdout).toBe('');
    // a variant: a text past 1,000,000 characters
    writeFileSync(join(dir, 'long.txt'), '全年组织学法活动6次。\n'.repeat(100_001));
    const l = rubricCli(['explain', join(dir, 'long.txt')]);
    expect(l.code).toBe(1);
    expect(l.stderr.startsWith('[too_large] ')).toBe(true);
  });
});
