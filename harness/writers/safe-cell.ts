/**
 * Spreadsheet formula injection (CWE-1236): a cell that starts with = + - @ tab or carriage return
 * is run as a formula by Excel and WPS. Report text and file names are untrusted, so such cells
 * get a leading apostrophe and are shown as text — except a plain negative number (the 扣分 column), which no
 * spreadsheet runs as anything but that number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain negative number (−10 taken off, −2.5): Excel reads it as the number it is, no formula — kept a number so it sums. */
const NEGATIVE_NUMBER = /^-\d+(?:\.\d+)?$/;

export function safeCell(value: string): string {
  return FORMULA_START.test(value) && !NEGATIVE_NUMBER.test(value) ? `'${value}` : value;
}
