/**
 * Build step (`npm run build`, after tsc): the one- and two-character entries of jieba's dictionary
 * as the sorted key table engine/document/words.ts loads (~0.6 MB, read in a millisecond) instead
 * of reading and splitting the 5 MB dictionary in every worker at start-up. The table records the
 * dictionary's jieba version and size; a different dictionary is read at run time as before.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictionaryStamp, encodeTable, parseDictionary, WORDS_FILE } from '../../engine/document/words.js';

const require = createRequire(import.meta.url);
const words = parseDictionary(readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8'));
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'engine', 'document', WORDS_FILE);
writeFileSync(out, encodeTable(words, dictionaryStamp()));
process.stdout.write(`precompiled ${words.size} dictionary words into ${out}\n`);
