/**
 * The file formats a corpus may hold: those read as reports, and office formats we do not read,
 * which become an error row (never a silent absence) saying how to convert them.
 */
import type { UnsupportedFormat } from '../../errors.js';

/** Reports in any mix (by extension; the bytes are checked by the readers). */
export const REPORT_EXTENSIONS = ['.txt', '.docx', '.docm', '.doc', '.wps', '.pdf', '.ofd', '.html', '.htm', '.xhtml'];

/**
 * Document formats an office may have that we do not read, by extension: each is an error row
 * (`unsupported_format`) whose message (harness/messages.ts) says how to convert it.
 */
export const UNSUPPORTED_FORMATS: Record<string, UnsupportedFormat> = {
  '.rtf': 'rtf',
  '.odt': 'odt',
  '.pages': 'pages',
  '.mht': 'mht',
  '.mhtml': 'mht',
  '.xps': 'xps',
  '.dot': 'word_template',
  '.dotx': 'word_template',
  '.wpt': 'wps_template',
  '.ceb': 'ceb',
  // a scan or a screenshot in a format the picture check does not name, and an archive: rows saying what to do (nu35 found
  // them left out without a word, the unit gone from the ranking)
  '.bmp': 'image',
  '.tif': 'image',
  '.tiff': 'image',
  '.webp': 'image',
  '.heic': 'image',
  '.zip': 'archive',
  '.rar': 'archive',
  '.7z': 'archive',
  '.tar': 'archive',
  '.gz': 'archive',
  '.tgz': 'archive',
};

/**
 * Names read by what their bytes are (text, a Word file, a PDF, a picture — named so in its error row): the pictures the
 * text reader names (PNG, JPEG, GIF), and a file with no extension at all. nu35: each was left out silently. (A .md is
 * named in the summary with the other files that are no report: a folder's README.md is notes, not a report.)
 */
export const READ_BY_CONTENT = ['.png', '.jpg', '.jpeg', '.gif'];
/** A file name with no extension (报告, 青山镇2024): read by content like READ_BY_CONTENT. */
export const hasNoExtension = (name: string): boolean => !/\.[^./\\]+$/.test(name);

/** Temporary files an office suite leaves beside a document: never a report. */
export function isTemporaryFile(name: string): boolean {
  return /^~\$/.test(name) || /^~.*\.tmp$/i.test(name) || /^\.~lock\..*#$/.test(name) || /^\._/.test(name) || name === '.DS_Store' || /\.(?:tmp|bak|wbk|asd|swp)$/i.test(name) || name === 'Thumbs.db' || name === 'desktop.ini';
}
