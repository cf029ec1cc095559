/**
 * `late_closing`: days by which the 落款 date passes the deadline (default 4月1日 of the year after the
 * report year); 0 if on time or undated. Only a year the title (or the preamble) states counts: with a
 * year read from the body or inferred from the 落款 itself the lateness is a suspicion (疑似).
 * A 落款 in December of the report year is on time. A 落款 date that is a self-updating Word field
 * (DATE, SAVEDATE …: the day the file was last opened or saved) only raises a suspicion.
 */
import { rubricError } from '../errors.js';
import { closingSentences, located } from '../scope.js';
import type { Evidence } from '../types.js';
import { defineFact } from './types.js';

export interface LateClosingParams { month?: number; day?: number }

/** Days of each month in a common year: a deadline must be a date of every year (2月29日 is not). */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const lateClosingFact = defineFact<LateClosingParams>({
  name: 'late_closing',
  description: 'days the dated 落款 is later than the deadline (month/day of the year after the report year); 0 when on time or undated',
  paramsSchema: {
    type: 'object', additionalProperties: false,
    properties: { month: { type: 'integer', minimum: 1, maximum: 12 }, day: { type: 'integer', minimum: 1, maximum: 31 } },
  },
  compile(params, ctx, path) {
    const month = params.month ?? 4, day = params.day ?? 1;
    // (a day the month never has would roll over silently — 2月30日 read as 3月2日: the author meant some other date; new user 48, red team 99)
    if (day > DAYS_IN_MONTH[month - 1]) ctx.errors.push(rubricError('impossible_deadline', ctx.file, path, { month, day }));
    return (doc) => {
      const d = doc.closing?.date;
      if (!d || doc.year === null) return { value: 0, evidence: [], refused: [], withPlans: 0 };
      const deadline = Date.UTC(doc.year + 1, month - 1, day);
      const signed = Date.UTC(d.year, d.month - 1, d.day);
      const late = Math.max(0, Math.round((signed - deadline) / 86400000));
      const sents = closingSentences(doc);
      const last = sents[sents.length - 1];
      const reads = { field: 'days_late' as const, value: late, deadline: new Date(deadline).toISOString().slice(0, 10) };
      const evidence: Evidence[] = last ? [{ ...located(doc, { text: doc.closing!.dateText ?? '', section: '落款', kind: 'closing', line: last.line, start: last.start, end: last.end }), ...(late > 0 ? { reads } : {}) }] : [];
      // never on an inferred year: the title's year or one the preamble states as the year reported on
      // (2022年，我镇…) count; a year otherwise read from the body or from the 落款 itself only raises a
      // suspicion (a report naming no year, signed 2019年4月10日: late if it reports on 2018, on time if on
      // 2019 — the assessor decides; blind set 48)
      if (doc.yearSource !== 'title' && doc.yearSource !== 'stated') return { value: 0, evidence: [], refused: [], withPlans: 0, suspected: late > 0 ? evidence.map((e) => ({ ...e, suspicion: 'year_inferred' as const })) : [] };
      if (doc.closing!.dateAuto) return { value: 0, evidence: [], refused: [], withPlans: 0, suspected: late > 0 ? evidence.map((e) => ({ ...e, suspicion: 'date_field' as const })) : [] };
      return { value: late, evidence: late > 0 ? evidence : [], refused: [], withPlans: late };
    };
  },
});
