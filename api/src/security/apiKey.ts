import { createHash, timingSafeEqual } from 'node:crypto';

/** Whether a request may write: the key is right, or why not. */
export type WriteAccess = 'granted' | 'disabled' | 'missing' | 'wrong';

/** Decides write access from an `Authorization` header. */
export type WriteAccessCheck = (authorization: string | undefined) => WriteAccess;

// Both sides are hashed first so the comparison takes the same time whatever the lengths, and
// timingSafeEqual then takes the same time whatever the contents.
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** The bearer token of an `Authorization: Bearer <token>` header; undefined when there is none. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  return match?.[1];
}

/**
 * The check for the configured key. Without a key, writes are disabled for everyone. The key is
 * kept only as its hash.
 */
export function createWriteAccessCheck(apiKey: string | undefined): WriteAccessCheck {
  if (apiKey === undefined) return () => 'disabled';
  const expected = digest(apiKey);
  return (authorization) => {
    const token = bearerToken(authorization);
    if (token === undefined) return 'missing';
    return timingSafeEqual(digest(token), expected) ? 'granted' : 'wrong';
  };
}
