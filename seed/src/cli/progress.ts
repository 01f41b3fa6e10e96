import type { BulkProgress } from '../bulk/bulkImport';
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

/**
 * The bulk import's progress on stderr: each phase as it starts, the CSV rows and the importer's
 * stages as they go (one redrawn line on a terminal, else a line every few seconds).
 */
export function bulkProgressReporter(io: CommandIO, now: () => number = Date.now): (progress: BulkProgress) => void {
  let phase: string | undefined;
  let started = now();
  let shown = 0;
  let stage: string | undefined;
  let open = false;
  const line = (text: string, redraw: boolean) => {
    if (io.interactive && redraw) {
      // Ends with a carriage return: the next line is drawn over this one.
      io.err(`${text}\u001b[K\r`);
      open = true;
      return;
    }
    if (open) io.err('\n');
    open = false;
    io.err(text);
  };
  return (progress) => {
    const time = now();
    if (progress.phase !== phase) {
      phase = progress.phase;
      started = time;
      stage = undefined;
      line(`${progress.message}…`, false);
      return;
    }
    if (progress.done !== undefined && progress.total !== undefined) {
      if (time - shown < (io.interactive ? 200 : 5000) && progress.done !== progress.total) return;
      shown = time;
      const rate = Math.round(progress.done / Math.max((time - started) / 1000, 0.001));
      line(
        `  ${progress.done.toLocaleString('en')}/${progress.total.toLocaleString('en')} rows (${rate.toLocaleString('en')} rows/s)`,
        true,
      );
    } else if (progress.stage !== undefined) {
      const changed = progress.stage !== stage;
      stage = progress.stage;
      if (!changed && (!io.interactive || time - shown < 200)) return;
      shown = time;
      line(`  ${progress.stage}${progress.count ? ` (${progress.count})` : ''}`, io.interactive);
    }
  };
}
