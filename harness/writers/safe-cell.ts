/**
 * Spreadsheet formula injection (CWE-1236): a cell that starts with = + - @ tab or carriage return
 * is run as a formula by Excel and WPS. Report text and file names are untrusted, so such cells
 * get a leading apostrophe and are shown as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
