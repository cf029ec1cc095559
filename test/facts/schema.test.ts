/**
 * Facts describe themselves: the published rubric schema (rubrics/schema/rubric.schema.json, which
 * editors use to complete and check rubric files) must say exactly what each fact's own params
 * schema says, and list exactly the registered facts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../engine/facts/index.js';
import { ROOT } from '../helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'rubrics', 'schema', 'rubric.schema.json'), 'utf8'));

describe('rubric.schema.json against the facts', () => {
  it('lists exactly the registered facts', () => {
    expect([...schema.definitions.condition.properties.fact.enum].sort()).toEqual([...FACTS.keys()].sort());
    expect(Object.keys(schema.definitions.params).sort()).toEqual([...FACTS.keys()].sort());
  });
  for (const fact of FACTS.values()) {
    it(`params of ${fact.name} are the fact's own paramsSchema`, () => {
      expect(schema.definitions.params[fact.name]).toEqual(JSON.parse(JSON.stringify(fact.paramsSchema)));
    });
  }
  it('fails when a fact and the schema disagree (the check can fail)', () => {
    const edited = JSON.parse(JSON.stringify(schema.definitions.params.late_closing));
    edited.properties.month.maximum = 13;
    expect(edited).not.toEqual(JSON.parse(JSON.stringify(FACTS.get('late_closing')!.paramsSchema)));
  });
});
