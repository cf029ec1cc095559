/**
 * Rubric patterns are untrusted data. Besides the static check at load (nested quantifiers and
 * quantified alternations are refused), V8 is told to fall back to its linear-time engine when a
 * regular expression backtracks excessively: (a+)+$ on "aaaa…b" then answers in a millisecond
 * instead of hanging. V8 flags are process-wide, so this also covers the worker threads. (Patterns
 * with lookaround cannot use the linear engine; for those the per-report time budget is the last
 * line of defence.) Imported first by every entry point.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
