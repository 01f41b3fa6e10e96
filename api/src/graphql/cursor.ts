import { InvalidArgumentError, quoted } from '../errors';

// Cursors are opaque to clients: base64 of the item's offset in the ordered list.

const PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64');
}

/** The offset a cursor stands for; InvalidArgumentError (on `argumentName`) when it is not one of ours. */
export function decodeCursor(cursor: string, argumentName = 'after'): number {
  const text = /^[A-Za-z0-9+/]*={0,2}$/.test(cursor) ? Buffer.from(cursor, 'base64').toString('utf8') : '';
  const match = /^offset:(\d{1,9})$/.exec(text);
  if (!match) throw new InvalidArgumentError(argumentName, `${quoted(cursor)} is not a cursor from this API.`);
  return Number(match[1]);
}
