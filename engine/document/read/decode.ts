/**
 * Bytes to text. UTF-8 (with or without BOM) strictly first; UTF-16 with a BOM; otherwise GB18030
 * (a superset of GBK and GB2312, what old Windows machines in China write), confirmed with chardet.
 * Files that are not text at all get an error that says what they are and what to do.
 */
import { createRequire } from 'node:module';
import type { ReportErrorCode } from '../../errors.js';

const require = createRequire(import.meta.url);
const chardet = require('chardet') as { analyse(b: Uint8Array): Array<{ name: string; confidence: number }> };

export class ReportInputError extends Error {
  constructor(public readonly code: ReportErrorCode, message: string) {
    super(message);
    this.name = 'ReportInputError';
  }
}

export interface Decoded { text: string; encoding: string }

const SIGNATURES: Array<{ bytes: number[]; code: ReportErrorCode; message: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], code: 'docx_as_txt', message: '这是 Word（.docx）或其他压缩文件，却以 .txt 命名：请改回 .docx 扩展名后再评分，或另存为纯文本。 / This is a Word (.docx) or other zip file named .txt: rename it to .docx, or save it as plain text.' },
  { bytes: [0x25, 0x50, 0x44, 0x46], code: 'pdf_as_txt', message: '这是 PDF 文件，却以 .txt 命名：请改回 .pdf 扩展名，或导出为纯文本。 / This is a PDF named .txt: rename it to .pdf, or export it as plain text.' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], code: 'doc_as_txt', message: '这是旧版 Word（.doc）文件：请在 Word/WPS 中另存为 .docx 或纯文本。 / This is a legacy Word (.doc) file: save it as .docx or plain text in Word/WPS.' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], code: 'binary_file', message: '这是 PNG 图片，不是报告文本：请提供报告的文字版本（扫描件需先做文字识别 OCR）。 / This is a PNG image, not report text: supply the text (scans need OCR first).' },
  { bytes: [0xff, 0xd8, 0xff], code: 'binary_file', message: '这是 JPEG 图片，不是报告文本：请提供报告的文字版本（扫描件需先做文字识别 OCR）。 / This is a JPEG image, not report text: supply the text (scans need OCR first).' },
  { bytes: [0x47, 0x49, 0x46, 0x38], code: 'binary_file', message: '这是 GIF 图片，不是报告文本。 / This is a GIF image, not report text.' },
];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** Share of characters that are control characters other than whitespace: high for binary data. */
function controlShare(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return text.length ? bad / text.length : 0;
}

export function decodeBytes(buf: Uint8Array): Decoded {
  for (const s of SIGNATURES) if (startsWith(buf, s.bytes)) throw new ReportInputError(s.code, s.message);
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return finish(new TextDecoder('utf-8').decode(buf.subarray(3)), 'utf-8-bom');
  if (startsWith(buf, [0xff, 0xfe])) return finish(new TextDecoder('utf-16le').decode(buf.subarray(2)), 'utf-16le');
  if (startsWith(buf, [0xfe, 0xff])) return finish(new TextDecoder('utf-16be').decode(buf.subarray(2)), 'utf-16be');
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(buf), 'utf-8');
  } catch {
    // not UTF-8: fall through
  }
  const guess = chardet.analyse(buf.subarray(0, 64 * 1024))[0];
  if (guess && /^UTF-16/.test(guess.name) && guess.confidence >= 50) {
    return finish(new TextDecoder(guess.name.toLowerCase()).decode(buf), guess.name.toLowerCase());
  }
  const text = new TextDecoder('gb18030').decode(buf);
  return finish(text, 'gb18030');
}

function finish(text: string, encoding: string): Decoded {
  if (controlShare(text) > 0.05) {
    throw new ReportInputError('binary_file', '文件内容不是文本（含大量控制字符或无法解码的字节）：请提供报告的文字版本（.txt、.docx 或带文字层的 .pdf）。 / The file is not text (control characters or undecodable bytes): supply the report as .txt, .docx or a PDF with a text layer.');
  }
  return { text, encoding };
}
