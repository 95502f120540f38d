import { join } from 'node:path';
import { LOADER_VERSION } from '../loader-version.ts';
import type { Rewrite, SpecProblem } from '../types.ts';
import { nodeCrypto, readCheckedFile, writeCheckedFile } from './checked-file.ts';
import { isObject } from './json-pointer.ts';

/**
 * One cached spec: the normalized document BEFORE dereferencing (a tree,
 * so plain JSON keeps it exactly; dereferencing it again is cheap and
 * restores the shared and circular objects), with what the cold load found.
 */
export interface CacheEntry {
  fingerprint: string;
  document: Record<string, unknown>;
  rewrites: Rewrite[];
  warnings: SpecProblem[];
}

/**
 * The cache key of a source: sha256 of the loader version, the options that
 * change the result, and the source's text (or, for an object, its canonical
 * JSON, whose hash is the fingerprint). Hashing the raw text (a file's
 * bytes: the same digest as its decoded text) lets a warm load skip decoding
 * and parsing the source at all.
 */
export function cacheKey(loaderVersion: string, options: string, content: string | Uint8Array): string {
  return nodeCrypto()
    .createHash('sha256')
    .update(`${loaderVersion}\u0000${options}\u0000`)
    .update(content)
    .digest('hex');
}

function entryPath(cacheDir: string, key: string): string {
  return join(cacheDir, 'specs', `v${LOADER_VERSION}-${key}.json`);
}

/** Reads a cache entry; `undefined` when absent, from another loader version, or corrupt. */
export async function readCacheEntry(cacheDir: string, key: string): Promise<CacheEntry | undefined> {
  const body = await readCheckedFile(entryPath(cacheDir, key), LOADER_VERSION);
  if (body === undefined) return undefined;
  try {
    const entry = JSON.parse(body) as CacheEntry;
    if (typeof entry.fingerprint === 'string' && isObject(entry.document) && Array.isArray(entry.rewrites))
      return entry;
  } catch {
    // A checksum match on bad JSON means another writer's bug: rebuild.
  }
  return undefined;
}

/**
 * JSON with every character past ASCII written as a `\uXXXX` escape. A single
 * emoji in a description makes V8 hold the whole text two bytes a character;
 * pure ASCII text decodes and parses about a fifth faster.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Writes a cache entry atomically; the document must not be dereferenced yet. */
export async function writeCacheEntry(cacheDir: string, key: string, entry: CacheEntry): Promise<void> {
  await writeCheckedFile(entryPath(cacheDir, key), LOADER_VERSION, asciiJson(entry));
}
