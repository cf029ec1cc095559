/** The facts a rubric may use. Each is parameterised by the rubric and returns {value, evidence}. */
import { countedFact } from './counted.js';
import { distinctItemsFact } from './distinct-items.js';
import { foreignUnitsFact } from './foreign-units.js';
import { lateClosingFact } from './late-closing.js';
import { localItemsFact } from './local-items.js';
import { metadataFact } from './metadata.js';
import { quantitiesFact } from './quantities.js';
import { sectionsFact } from './sections.js';
import { sentencesFact } from './sentences.js';
import type { Fact } from './types.js';
import { yearMismatchFact } from './year-mismatch.js';

export const FACTS: ReadonlyMap<string, Fact> = new Map(
  [sentencesFact, distinctItemsFact, quantitiesFact, sectionsFact, metadataFact, foreignUnitsFact, yearMismatchFact, lateClosingFact, localItemsFact, countedFact].map((f) => [f.name, f]),
);
