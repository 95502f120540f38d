import { loadSpec, SpecError, type LoadedSpec } from '@circleci-kit/spec-loader';
import { CliError } from '../../cli-error.js';
import type { CliIo } from '../../io.js';
import { exitCodeOf, userCacheDir } from '../../load-spec-for-cli.js';

/**
 * Loads one version of the spec for `breaking diff`, leniently (old
 * versions often break OpenAPI 3.0 a little), relative to the working
 * directory, with the user cache unless `cache` is false.
 *
 * @example
 * const old = await loadVersion(io, 'specs/2025-05-14.json', true);
 */
export async function loadVersion(io: CliIo, source: string, cache: boolean): Promise<LoadedSpec> {
  const isUrl = /^https?:\/\//i.test(source);
  try {
    return await loadSpec(isUrl ? source : resolvePath(io.cwd, source), {
      mode: 'lenient',
      sourceType: isUrl ? 'url' : 'path',
      ...(cache ? { cacheDir: userCacheDir(io.env) } : {}),
    });
  } catch (error) {
    if (error instanceof SpecError)
      throw new CliError(`${source}: ${error.message}`, exitCodeOf(error.code, source), error.code);
    throw error;
  }
}

function resolvePath(cwd: string, path: string): string {
  return path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`;
}
