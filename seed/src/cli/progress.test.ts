import { describe, expect, it } from 'vitest';
import type { CommandIO } from './io';
import { bulkProgressReporter } from './progress';

function captured(interactive: boolean) {
  const lines: string[] = [];
  const io: CommandIO = {
    out: () => {},
    err: (text) => lines.push(text),
    interactive,
    open: () => Promise.reject(new Error('not used')),
  };
  return { io, lines };
}

describe('bulkProgressReporter', () => {
  it('prints each phase once, the CSV rows every few seconds and each importer stage once', () => {
    let now = 0;
    const { io, lines } = captured(false);
    const report = bulkProgressReporter(io, () => now);
    report({ phase: 'check', message: 'Checking the local store in /x' });
    report({ phase: 'csv', message: 'Writing the CSV files' });
    now = 1000;
    report({ phase: 'csv', message: 'Writing the CSV files (Person)', done: 50_000, total: 100_000 });
    now = 6000;
    report({ phase: 'csv', message: 'Writing the CSV files (HOLDS_ROLE)', done: 100_000, total: 100_000 });
    report({ phase: 'importer', message: 'Running the offline importer' });
    report({ phase: 'importer', message: 'Offline importer: Nodes', stage: 'Nodes' });
    report({ phase: 'importer', message: 'Offline importer: Nodes (10.0K)', stage: 'Nodes', count: '10.0K' });
    report({ phase: 'importer', message: 'Offline importer: Relationships', stage: 'Relationships' });
    expect(lines).toEqual([
      'Checking the local store in /x…',
      'Writing the CSV files…',
      '  100,000/100,000 rows (16,667 rows/s)',
      'Running the offline importer…',
      '  Nodes',
      '  Relationships',
    ]);
  });

  it('redraws one line on a terminal', () => {
    let now = 0;
    const { io, lines } = captured(true);
    const report = bulkProgressReporter(io, () => now);
    report({ phase: 'importer', message: 'Running the offline importer' });
    report({ phase: 'importer', message: 'x', stage: 'Nodes' });
    now = 500;
    report({ phase: 'importer', message: 'x', stage: 'Nodes', count: '20.0K' });
    report({ phase: 'start', message: 'Starting the local Neo4j on the new store' });
    expect(lines).toEqual([
      'Running the offline importer…',
      '  Nodes\u001b[K\r',
      '  Nodes (20.0K)\u001b[K\r',
      '\n',
      'Starting the local Neo4j on the new store…',
    ]);
  });
});
