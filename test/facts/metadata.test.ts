import { describe, expect, it } from 'vitest';
import { metadataFact } from '../../engine/facts/metadata.js';
import { compileFact, report } from './fact-helpers.js';

describe('metadata', () => {
  it('title_has_unit, title_has_year and dated_closing are 1 for a complete report, with title and 落款 evidence', () => {
    const text = report({});
    expect(compileFact(metadataFact, { field: 'title_has_unit' }).run(text).value).toBe(1);
    expect(compileFact(metadataFact, { field: 'title_has_year' }).run(text).value).toBe(1);
    const closing = compileFact(metadataFact, { field: 'dated_closing' }).run(text);
    expect(closing.value).toBe(1);
    expect(closing.evidence.map((e) => e.kind)).toEqual(['closing']);
    expect(compileFact(metadataFact, { field: 'title_and_closing' }).run(text).value).toBe(3);
    expect(compileFact(metadataFact, { field: 'report_year' }).run(text).value).toBe(2023);
  });
  it('an undated 落款 and a title without the unit are 0', () => {
    const text = report({ title: '法治政府建设情况报告', closing: '白土镇人民政府' });
    expect(compileFact(metadataFact, { field: 'dated_closing' }).run(text).value).toBe(0);
    expect(compileFact(metadataFact, { field: 'title_has_unit' }).run(text).value).toBe(0);
  });
  it('an unknown field is refused by the params schema', () => {
    expect(compileFact(metadataFact, { field: 'nope' as never }).errors.map((e) => e.code)).toEqual(['schema']);
  });
});
