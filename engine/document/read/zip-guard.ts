/**
 * A zip (.docx) is checked before anything inflates it: the central directory is read, and the
 * declared sizes must be believable — total uncompressed size, number of entries and each large
 * entry's compression ratio under the limits below (`too_large`, a zip bomb) — and must be true:
 * every compressed entry is inflated with its declared size as a hard cap (zlib's maxOutputLength),
 * so an entry that lies about its size is `bad_docx` before mammoth (JSZip) inflates it without a
 * cap. The inflated buffers live outside the V8 heap, where --worker-memory cannot stop them.
 * Also used by the xlsx writer to fix entry timestamps (centralDirectory).
 */
import { inflateRawSync } from 'node:zlib';
import { inputError, type ReportErrorParams } from '../../errors.js';

export interface ZipEntry { name: string; method: number; flags: number; compressed: number; uncompressed: number; localOffset: number; cdOffset: number }

export interface ZipLimits { totalUncompressed: number; entries: number; ratio: number; ratioFrom: number }
/**
 * Limits for a report: a Word report of 300 pages is ~5 MB of XML; real XML compresses 5–20×
 * (measured on Word and WPS files; 50× for long runs of repeated markup). Zip bombs run 1,000× and more.
 */
export const DOCX_LIMITS: ZipLimits = { totalUncompressed: 256 * 1024 * 1024, entries: 5_000, ratio: 200, ratioFrom: 1024 * 1024 };

// `detail` is the zip's own diagnosis (technical, untranslated); the catalogue says what to do
const bad = (detail: string) => inputError('bad_docx', { where: 'zip', detail });
const tooBig = (params: ReportErrorParams['too_large']) => inputError('too_large', params);

/** The entries of a zip's central directory (throws bad_docx when there is none). */
export function centralDirectory(buf: Uint8Array): ZipEntry[] {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  // end of central directory: 22 bytes plus a comment of up to 65,535
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw bad('no central directory');
  const count = dv.getUint16(eocd + 10, true);
  const cdSize = dv.getUint32(eocd + 12, true);
  let p = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || p === 0xffffffff || p + cdSize > eocd) throw bad('zip64 or inconsistent central directory');
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || dv.getUint32(p, true) !== 0x02014b50) throw bad('central directory entry');
    const nameLen = dv.getUint16(p + 28, true), extraLen = dv.getUint16(p + 30, true), commentLen = dv.getUint16(p + 32, true);
    entries.push({
      name: new TextDecoder().decode(buf.subarray(p + 46, p + 46 + nameLen)),
      flags: dv.getUint16(p + 8, true), method: dv.getUint16(p + 10, true),
      compressed: dv.getUint32(p + 20, true), uncompressed: dv.getUint32(p + 24, true),
      localOffset: dv.getUint32(p + 42, true), cdOffset: p,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Where an entry's data starts (after its local header). */
export function dataOffset(buf: Uint8Array, e: ZipEntry): number {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (e.localOffset + 30 > buf.length || dv.getUint32(e.localOffset, true) !== 0x04034b50) throw bad(`local header of ${e.name}`);
  return e.localOffset + 30 + dv.getUint16(e.localOffset + 26, true) + dv.getUint16(e.localOffset + 28, true);
}

/** Throw too_large / bad_docx unless the zip's sizes are believable and true. */
export function guardZip(buf: Uint8Array, limits: ZipLimits = DOCX_LIMITS): void {
  const entries = centralDirectory(buf);
  if (entries.length > limits.entries) throw tooBig({ zip: 'entries', count: entries.length, limit: limits.entries });
  let total = 0;
  for (const e of entries) {
    if (e.compressed === 0xffffffff || e.uncompressed === 0xffffffff) throw tooBig({ zip: 'zip64', entry: e.name });
    total += e.uncompressed;
    if (total > limits.totalUncompressed) throw tooBig({ zip: 'unzipped', bytes: total, limit: limits.totalUncompressed });
    if (e.uncompressed >= limits.ratioFrom && e.uncompressed > limits.ratio * Math.max(1, e.compressed)) throw tooBig({ zip: 'ratio', entry: e.name, ratio: Math.round(e.uncompressed / Math.max(1, e.compressed)), limit: limits.ratio });
  }
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const start = dataOffset(buf, e);
    if (start + e.compressed > buf.length) throw bad(`${e.name} is cut short`);
    const data = buf.subarray(start, start + e.compressed);
    if (e.method === 0) { if (e.compressed !== e.uncompressed) throw bad(`${e.name} sizes differ`); continue; }
    if (e.method !== 8) throw bad(`${e.name} uses compression method ${e.method}`);
    let out: Buffer;
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressed) });
    } catch (err) {
      throw (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? bad(`${e.name} inflates past its declared ${e.uncompressed} bytes`) : bad(`${e.name}: ${(err as Error).message}`);
    }
    if (out.length !== e.uncompressed) throw bad(`${e.name} inflates to ${out.length}, not its declared ${e.uncompressed} bytes`);
  }
}
