import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../engine/document/parse.js';
import { mayHold, placeSentence, type Scope } from '../../engine/scope.js';
import type { SectionKind } from '../../engine/types.js';
import { compileFact, report } from './fact-helpers.js';
import { sentencesFact } from '../../engine/facts/sentences.js';

// facts skip matching the sentences mayHold rules out (issue 15): that must never change a placement they would keep
const KINDS: SectionKind[] = ['front', 'achievements', 'first_duty', 'shortcomings', 'plans', 'closing'];
const SCOPES: Scope[] = [];
for (let mask = 1; mask < 1 << KINDS.length; mask += 3) {
  for (const headings of ['include', 'exclude', 'only'] as const) {
    for (const allowIntent of [false, true]) {
      SCOPES.push({ kinds: new Set(KINDS.filter((_, i) => mask & (1 << i))), headings, allowIntent, servedByOthers: false });
    }
  }
}

const texts = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));

describe('mayHold (scope.ts): the sentences a fact need not match', () => {
  const docs = [...texts('corpus'), ...texts('fixtures/assessed/set86'), ...texts('fixtures/assessed/set87')].map((t, i) => parseDocument(t, { file: `${i}.txt` }));

  it('rules out only sentences where every placement is out, or a refusal the fact does not keep', () => {
    let ruledOut = 0;
    for (const doc of docs) {
      for (const s of doc.sentences) {
        const ats = [0, s.text.length >> 1, s.text.length - 1, Infinity];
        for (const scope of SCOPES) {
          for (const keep of [true, false]) {
            if (mayHold(doc, s, scope, keep)) continue;
            ruledOut++;
            for (const at of ats) {
              const p = placeSentence(doc, s, scope, at);
              expect(p.status === 'out' || (p.status === 'refused' && !keep), `${doc.file} #${s.id} ${s.text.slice(0, 20)} at ${at}: ${p.status}`).toBe(true);
            }
          }
        }
      }
    }
    // the check saw sentences ruled out at all (a mayHold answering true everywhere would pass it)
    expect(ruledOut).toBeGreaterThan(1000);
  });

  it('keeps every sentence a fact scoped to the shortcomings could count, plan or keep as withheld', () => {
    const text = report({ achievements: '全年组织学法活动6次，随着机构改革人员减少。', shortcomings: '随着任务增加，执法力量不足。', plans: '随着改革深入，将充实执法力量。' });
    const kept = compileFact(sentencesFact, { all: [['随着']], scope: ['shortcomings'], intent: 'allow' }).run(text);
    expect(kept.value).toBe(1);
    expect(kept.withPlans).toBe(2);
    // the achievements' sentence is no evidence, withheld or given, with or without the skip
    expect(kept.refused.map((r) => r.reason)).toEqual(['in_plans']);
    const notKept = compileFact(sentencesFact, { all: [['随着']], scope: ['shortcomings'], intent: 'allow', refused: false }).run(text);
    expect([notKept.value, notKept.withPlans, notKept.refused.length]).toEqual([1, 2, 0]);
  });
});
