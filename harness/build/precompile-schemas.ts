/**
 * Build step (`npm run build`, after tsc): compile the rubric schemas and every fact's params
 * schema with ajv once, into standalone validator code (ajv's documented `standalone` output) that
 * `engine/rubric/validate.ts` loads instead of compiling at every run. The file records the hash of
 * the schemas it was built from; a schema changed since is compiled at run time as before.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FACTS } from '../../engine/facts/index.js';
import { newAjv, paramsSchemaOf, PRECOMPILED_FILE, SCHEMA_ID, schemaHash, validatorName } from '../../engine/rubric/validate.js';

const require = createRequire(import.meta.url);
const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: unknown, refs: Record<string, string>) => string }).default;

const ajv = newAjv(true);
const refs: Record<string, string> = {
  [validatorName('rubric')]: SCHEMA_ID,
  [validatorName('criterion')]: `${SCHEMA_ID}#/definitions/criterion`,
  [validatorName('deduction')]: `${SCHEMA_ID}#/definitions/deduction`,
};
for (const fact of FACTS.values()) {
  const id = `https://fazhi-rubric.local/schema/params/${fact.name}.json`;
  ajv.addSchema({ ...paramsSchemaOf(fact), $id: id });
  refs[validatorName(`fact:${fact.name}`)] = id;
}
const code = standaloneCode(ajv, refs) + `\nexports.hash = ${JSON.stringify(schemaHash(FACTS.values()))};\n`;
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'engine', 'rubric', PRECOMPILED_FILE);
writeFileSync(out, code);
process.stdout.write(`precompiled ${Object.keys(refs).length} schema validators into ${out}\n`);
