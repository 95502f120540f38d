import { isAbsolute, join } from 'node:path';
import { loadSpec, type LoadedSpec, type LoadSpecOptions } from '@circleci-kit/spec-loader';
import type { CliIo } from '../../io.ts';
import { userCacheDir } from '../../load-spec-for-cli.ts';
import { specLoadError, type SpecRole } from './spec-load-error.ts';

/**
 * Loads one version of the spec for a `breaking` command, leniently (old
 * versions often break OpenAPI 3.0 a little) and without the OpenAPI schema
 * check whose problems a diff never reads, relative to the working
 * directory, with the user cache unless `cache` is false. A file's `$ref`s
 * to other files inside its own folder are followed (one to a missing file
 * or outside the folder ends the command); a URL's are left as warnings,
 * which `diffSpecs` refuses. A spec that cannot be loaded ends the command
 * with exit 2, or 3 when its URL cannot be reached (see `specLoadError`),
 * naming it by `role`.
 *
 * @example
 * const old = await loadVersion(io, 'specs/2025-05-14.json', true, 'old spec');
 */
export async function loadVersion(io: CliIo, source: string, cache: boolean, role: SpecRole): Promise<LoadedSpec> {
  const isUrl = /^https?:\/\//i.test(source);
  const path = isAbsolute(source) ? source : join(io.cwd, source);
  // A diff reads no OpenAPI schema problems (only the $ref checks it needs): the loader skips that check.
  // A file that follows refs to others is never cached (the loader's rule), so an edit there is seen.
  const options: LoadSpecOptions = isUrl
    ? { mode: 'lenient', sourceType: 'url', schemaCheck: false }
    : { mode: 'lenient', sourceType: 'path', schemaCheck: false, allowExternalRefs: true };
  if (cache) options.cacheDir = userCacheDir(io.env);
  try {
    return await loadSpec(isUrl ? source : path, options);
  } catch (error) {
    throw specLoadError(error, role, source, io.env);
  }
}
