import { describe, expect, it } from 'vitest';
import { UsageError, parseFlags } from './flags';

const SPEC = { reset: 'boolean', out: 'string' } as const;

describe('parseFlags', () => {
  it('reads booleans, values with a space or =, and positionals when allowed', () => {
    expect(parseFlags(['--reset', '--out', 'a.json', 'x.csv'], SPEC, { positionals: true })).toEqual({
      flags: { reset: true, out: 'a.json' },
      positionals: ['x.csv'],
    });
    expect(parseFlags(['--out=b=c'], SPEC).flags).toEqual({ out: 'b=c' });
  });

  it('names the flag or argument at fault', () => {
    expect(() => parseFlags(['--rset'], SPEC)).toThrow(new UsageError('unknown flag --rset'));
    expect(() => parseFlags(['--out'], SPEC)).toThrow(new UsageError('--out needs a value'));
    expect(() => parseFlags(['--out', '--reset'], SPEC)).toThrow(new UsageError('--out needs a value'));
    expect(() => parseFlags(['--reset=yes'], SPEC)).toThrow(new UsageError('--reset takes no value'));
    expect(() => parseFlags(['file.json'], SPEC)).toThrow(new UsageError('unexpected argument "file.json"'));
  });
});
