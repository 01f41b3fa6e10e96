import { describe, expect, it } from 'vitest';
import { joinMultiValue, splitMultiValue } from './multiValue';

describe('multi-valued cells', () => {
  it('splits on ; and trims, dropping empty items', () => {
    expect(splitMultiValue('Ver.di; verdi ;;')).toEqual(['Ver.di', 'verdi']);
  });

  it('round-trips values holding ; and \\', () => {
    const values = ['a;b', 'c\\d', 'plain'];
    expect(joinMultiValue(values)).toBe('a\\;b;c\\\\d;plain');
    expect(splitMultiValue(joinMultiValue(values))).toEqual(values);
  });
});
