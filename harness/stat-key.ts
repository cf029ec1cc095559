import { statSync } from 'node:fs';

/**
 * `size:mtimeNs:ctimeNs:ino:dev` of a path (links followed), or null when it cannot be stat'ed: a
 * file whose key is unchanged has not been written since (any write moves ctime, which cannot be
 * set back).
 */
export function statKey(path: string): string | null {
  try {
    const st = statSync(path, { bigint: true });
    return `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}:${st.dev}`;
  } catch {
    return null;
  }
}
