import type { LoadProgress } from '../load/loadDataset';
import type { CommandIO } from './io';

/** Rows written and rows per second on stderr: one redrawn line on a terminal, else a line every few seconds. */
export function progressReporter(io: CommandIO, now: () => number = Date.now): (progress: LoadProgress) => void {
  const started = now();
  let shown = 0;
  return ({ group, done, total }) => {
    const time = now();
    const finished = done === total;
    if (!finished && time - shown < (io.interactive ? 200 : 5000)) return;
    shown = time;
    const seconds = Math.max((time - started) / 1000, 0.001);
    const rate = Math.round(done / seconds);
    const line = `writing ${group}: ${done.toLocaleString('en')}/${total.toLocaleString('en')} rows (${rate.toLocaleString('en')} rows/s)`;
    io.err(io.interactive ? `\r${line}${finished ? '\n' : ''}` : line);
  };
}
