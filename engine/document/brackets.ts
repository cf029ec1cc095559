/** Brackets in a unit's name: the other name a 落款 adds, and a name cut inside them. */

/** The unit's other name in brackets at the end of its name (（嶆泉镇）, (县法治办)). */
export const BRACKETED_ALIAS_END = /[（(]([^（）()]{1,16})[）)]$/;

/**
 * A name cut inside its brackets (嵂川镇（嵂川农场 of 嵂川镇（嵂川农场）2024年…, the suffix 农场 ending inside: red
 * team 45) gets its closing bracket back when the text goes on with it, else loses the open part.
 */
export function closeBracket(name: string, text: string): string {
  const open = Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
  if (open < 0 || Math.max(name.lastIndexOf('）'), name.lastIndexOf(')')) > open) return name;
  return /^[）)]/.test(text.slice(name.length)) ? name + text[name.length] : name.slice(0, open);
}
