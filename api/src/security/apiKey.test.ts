import { describe, expect, it } from 'vitest';
import { bearerToken, createWriteAccessCheck } from './apiKey';

describe('write access', () => {
  const key = 'k'.repeat(20) + '-secret';

  it('is disabled for everyone without a configured key', () => {
    const check = createWriteAccessCheck(undefined);
    expect(check(`Bearer ${key}`)).toBe('disabled');
    expect(check(undefined)).toBe('disabled');
  });

  it('is missing without a bearer token, wrong with another key, granted with the key', () => {
    const check = createWriteAccessCheck(key);
    expect(check(undefined)).toBe('missing');
    expect(check('Basic abc')).toBe('missing');
    expect(check('Bearer')).toBe('missing');
    expect(check(`Bearer ${key}x`)).toBe('wrong');
    expect(check('Bearer short')).toBe('wrong');
    expect(check(`Bearer ${key}`)).toBe('granted');
    expect(check(`bearer  ${key} `)).toBe('granted');
  });

  it('reads the token of a Bearer header only', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken('Token abc')).toBeUndefined();
  });
});
