/**
 * Whether the unit itself speaks after a year lead: what year-mismatch.ts and carried-summary.ts both ask of 2023年，… .
 */
import type { DocumentModel } from '../types.js';

/** The superiors a unit works under, before it speaks: 在县委、县政府的坚强领导下， (blind set 236). */
const UNDER_SUPERIORS = /^(?:在[^，。；]{0,30}(?:领导|指导|关心|支持|部署)下[，,]?)+/;
/** The unit by its own words or organs: 我/本/全…, 镇党委、政府…, 局党组… */
const OWN_WORDS = /^(?:我|本|全)|^(?:镇|乡|街道|苏木)(?:党委|党工委|人民政府|政府|办事处)|^局(?:党组|党委|领导班子)/;

/** `text` with the superiors it opens on removed. */
export const afterSuperiors = (text: string): string => text.replace(UNDER_SUPERIORS, '');

/** After a year lead (and the superiors it works under), the unit itself: 我/本/全…, its own name (彭场镇在…), or its own organs (镇党委、政府…). */
export function unitSpeaksAfter(doc: DocumentModel, text: string): boolean {
  const after = afterSuperiors(text);
  const own = doc.unitNames.own;
  return OWN_WORDS.test(after) || (own !== null && own.length >= 2 && after.startsWith(own)) || (doc.unit !== null && after.startsWith(doc.unit));
}
