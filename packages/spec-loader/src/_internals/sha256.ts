import type * as NodeCrypto from 'node:crypto';
import { createRequire } from 'node:module';

let createHash: typeof NodeCrypto.createHash | undefined;

/**
 * sha256 of a UTF-8 string, as lower-case hex (a lone surrogate counts as
 * U+FFFD, as `TextEncoder` writes it), through `node:crypto` (Node 20+ and
 * Deno). Synchronous: no thread-pool round trip, and no copy of the string's
 * UTF-8 bytes made first.
 *
 * `node:crypto` is loaded on first use, through `require`: a static ESM
 * `import` of it would cost every run that loads this module, hashing or not,
 * and on Node 20 more than `require` does (Node builds the module's ESM facade
 * by reading every export, which loads Web Crypto as well).
 */
export function sha256Hex(text: string): string {
  createHash ??= (createRequire(import.meta.url)('node:crypto') as typeof NodeCrypto).createHash;
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
