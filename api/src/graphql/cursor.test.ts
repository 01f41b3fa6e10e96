import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import { decodeCursor, encodeCursor } from './cursor';

describe('cursors', () => {
  it('round-trip an offset through opaque base64', () => {
    expect(encodeCursor(41)).toBe(Buffer.from('offset:41').toString('base64'));
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(decodeCursor(encodeCursor(0))).toBe(0);
  });

  it.each([
    '',
    'nonsense',
    '!!!',
    Buffer.from('offset:-1').toString('base64'),
    Buffer.from('offset:x').toString('base64'),
  ])('reject %j, naming the argument', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(InvalidArgumentError);
    try {
      decodeCursor(cursor, 'after');
    } catch (error) {
      expect((error as InvalidArgumentError).argumentName).toBe('after');
    }
  });
});
