/** Outputs are written atomically with the project's one helper (engine/io/atomic.ts): whole, fsynced, renamed. */
export { writeFileAtomic, isDiskFull } from '../../engine/io/atomic.js';
