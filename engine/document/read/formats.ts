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
};

/** Temporary files an office suite leaves beside a document: never a report. */
export function isTemporaryFile(name: string): boolean {
  return /^~\$/.test(name) || /^~.*\.tmp$/i.test(name) || /^\.~lock\..*#$/.test(name) || /^\._/.test(name) || name === '.DS_Store' || /\.(?:tmp|bak|wbk|asd|swp)$/i.test(name) || name === 'Thumbs.db' || name === 'desktop.ini';
}
