import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { loadSpec, type LoadedSpec, type LoadSpecOptions } from '@circleci-kit/spec-loader';
import type { CliIo } from '../../io.js';
import { userCacheDir } from '../../load-spec-for-cli.js';
import { specLoadError, type SpecRole } from './spec-load-error.js';

/** A `$ref` whose value does not start with `#`: one that names another file (JSON or YAML). */
const OTHER_FILE_REF = /\$ref["']?\s*:\s*(["']?)(?!#)[^\s"']/;

/**
 * True when the spec file names other files in its `$ref`s. The cache is
 * keyed by the main file's bytes alone, so such a spec is never read from
 * it: an edit in a referenced file would go unseen. An unreadable file says
 * false; `loadSpec` then reports it.
 */
async function refersToOtherFiles(path: string): Promise<boolean> {
  try {
    return OTHER_FILE_REF.test(await readFile(path, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Loads one version of the spec for a `breaking` command, leniently (old
 * versions often break OpenAPI 3.0 a little), relative to the working
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
  // Only a file that names others takes the slower path that follows them (and skips the cache).
  const external = !isUrl && (await refersToOtherFiles(path));
  const options: LoadSpecOptions = isUrl
    ? { mode: 'lenient', sourceType: 'url' }
    : { mode: 'lenient', sourceType: 'path', ...(external ? { allowExternalRefs: true } : {}) };
  if (cache && !external) options.cacheDir = userCacheDir(io.env);
  try {
    return await loadSpec(isUrl ? source : path, options);
  } catch (error) {
    throw specLoadError(error, role, source, io.env);
  }
}
