import { readFileSync } from 'node:fs';
import { SpecError } from '../spec-error.ts';

/**
 * Reads a spec file's bytes; a missing file is `NOT_FOUND`, any other failure
 * `FETCH_FAILED`. Bytes, not text: a warm load hashes them for the cache key
 * and never needs them decoded. Read synchronously: a spec is a local file of
 * a megabyte or so, read in a fraction of a millisecond, while the promise API
 * makes four thread-pool round trips (open, stat, read, close) that cost more
 * than the read; a warm load was a quarter faster this way.
 */
export function readSpecFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new SpecError({ code: 'NOT_FOUND', message: 'no such file', source: path, cause: error });
    }
    throw new SpecError({
      code: 'FETCH_FAILED',
      message: `cannot read the file (${code ?? String(error)})`,
      source: path,
      cause: error,
    });
  }
}
