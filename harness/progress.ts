/**
 * A progress bar on a terminal (cli-progress): reports done, reports/s, ETA and failures so far.
 * Silent when stderr is not a TTY (CI, pipes) or with --quiet.
 */
import { createRequire } from 'node:module';
import { t } from './i18n.js';

const require = createRequire(import.meta.url);

interface Bar { start(total: number, value: number, payload: object): void; update(value: number, payload: object): void; stop(): void }

export interface Progress { tick(failed: boolean): void; stop(): void }

export function progressBar(total: number, enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { tick() {}, stop() {} };
  const { SingleBar, Presets } = require('cli-progress') as { SingleBar: new (o: object, p: object) => Bar; Presets: { shades_classic: object } };
  const bar = new SingleBar({
    stream: process.stderr,
    format: t('评分 [{bar}] {value}/{total} 份 | {rate} 份/秒 | 剩余 {eta_formatted} | 失败 {failed}', 'scoring [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted} | failed {failed}'),
    hideCursor: true,
    etaBuffer: 200,
  }, Presets.shades_classic);
  const started = Date.now();
  let done = 0, failed = 0;
  bar.start(total, 0, { rate: 0, failed: 0 });
  return {
    tick(f) {
      done++;
      if (f) failed++;
      if (done % 16 === 0 || done === total) bar.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)), failed });
    },
    stop() { bar.stop(); },
  };
}
