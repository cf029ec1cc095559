/**
 * The file formats a corpus may hold: those read as reports, and office formats we do not read,
 * which become an error row (never a silent absence) saying how to convert them.
 */

/** Reports in any mix (by extension; the bytes are checked by the readers). */
export const REPORT_EXTENSIONS = ['.txt', '.docx', '.docm', '.doc', '.wps', '.pdf', '.ofd', '.html', '.htm', '.xhtml'];

const SAVE_AS_DOCX = '请在 Word/WPS 中打开后另存为 .docx（或导出为 PDF/纯文本）再评分。 / Open it in Word/WPS and save it as .docx (or export PDF or plain text), then score again.';

/** Document formats an office may have that we do not read, each with what to do. */
export const UNSUPPORTED_FORMATS: Record<string, string> = {
  '.rtf': `不支持 RTF 格式：${SAVE_AS_DOCX}`,
  '.odt': `不支持 OpenDocument（.odt）格式：在 LibreOffice/WPS 中另存为 .docx 再评分。 / OpenDocument (.odt) is not read: save it as .docx in LibreOffice/WPS, then score again.`,
  '.pages': `不支持 Apple Pages 格式：在 Pages 中导出为 Word（.docx）或 PDF 再评分。 / Apple Pages files are not read: export to Word (.docx) or PDF from Pages, then score again.`,
  '.mht': `不支持 MHT 网页存档：在浏览器中另存为“网页，仅 HTML”（.html）再评分。 / MHT web archives are not read: save the page as HTML only (.html), then score again.`,
  '.mhtml': `不支持 MHT 网页存档：在浏览器中另存为“网页，仅 HTML”（.html）再评分。 / MHT web archives are not read: save the page as HTML only (.html), then score again.`,
  '.xps': `不支持 XPS 格式：请导出为 PDF 再评分。 / XPS files are not read: export them as PDF, then score again.`,
  '.dot': `这是 Word 模板：${SAVE_AS_DOCX}`,
  '.dotx': `这是 Word 模板：${SAVE_AS_DOCX}`,
  '.wpt': `这是 WPS 模板：${SAVE_AS_DOCX}`,
  '.ceb': `不支持 CEB 格式：请用方正 Apabi 阅读器导出为 PDF 再评分。 / CEB files are not read: export them as PDF with the Apabi reader, then score again.`,
};

/** Temporary files an office suite leaves beside a document: never a report. */
export function isTemporaryFile(name: string): boolean {
  return /^~\$/.test(name) || /^~.*\.tmp$/i.test(name) || /^\.~lock\..*#$/.test(name) || /\.(?:tmp|bak|wbk|asd|swp)$/i.test(name) || name === 'Thumbs.db' || name === 'desktop.ini';
}
