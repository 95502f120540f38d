import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { loadSpec, type LoadedSpec, type LoadSpecOptions } from '@circleci-kit/spec-loader';
import type { CliIo } from '../../io.js';
import { userCacheDir } from '../../load-spec-for-cli.js';
import { specLoadError, type SpecRole } from './spec-load-error.js';

/**
 * A `$ref` whose value does not start with `#`: one that names another file
 * (JSON or YAML). Sticky: tried at each `$ref` of the text, it finds what the
 * same pattern unanchored finds in the whole text.
 */
const OTHER_FILE_REF = /\$ref["']?\s*:\s*(["']?)(?!#)[^\s"']/y;

/** What {@link OTHER_FILE_REF} walks through before its last two characters (the optional quote and the value's first). */
const REF_LEAD = /\$ref["']?\s*(?::\s*)?/y;

const REF_BYTES = new TextEncoder().encode('$ref');

/**
 * Whether the text from the `$ref` at byte `at` matches {@link OTHER_FILE_REF}.
 * Only the bytes from there are decoded, as much as the match needs: a window
 * is trusted when the pattern's decision falls before its last character
 * (which may be a character cut in two), else it is doubled.
 */
function namesOtherFile(bytes: Buffer, at: number): boolean {
  for (let size = 64; ; size *= 2) {
    const end = Math.min(bytes.length, at + size);
    const window = bytes.toString('utf8', at, end);
    REF_LEAD.lastIndex = 0;
    const lead = REF_LEAD.exec(window)?.[0].length ?? 0;
    if (end === bytes.length || lead + 2 < window.length - 1) {
      OTHER_FILE_REF.lastIndex = 0;
      return OTHER_FILE_REF.test(window);
    }
  }
}

/**
 * True when the spec file names other files in its `$ref`s (the test
 * {@link OTHER_FILE_REF} makes of the file's text). The cache is keyed by the
 * main file's bytes alone, so such a spec is never read from it: an edit in a
 * referenced file would go unseen. An unreadable file says false; `loadSpec`
 * then reports it.
 *
 * The bytes are searched for `$ref` and only the text after each one is
 * decoded: decoding the whole file (a two-byte string once it holds one
 * character past Latin-1) and running the pattern over it cost more than
 * the rest of this check by far. A `$ref` is ASCII, so its bytes are found
 * exactly where the decoded text has it.
 */
export function refersToOtherFiles(path: string): boolean {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return false;
  }
  for (let at = bytes.indexOf(REF_BYTES); at !== -1; at = bytes.indexOf(REF_BYTES, at + 1)) {
    if (namesOtherFile(bytes, at)) return true;
  }
  return false;
}

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
  // Only a file that names others takes the slower path that follows them (and skips the cache).
  const external = !isUrl && refersToOtherFiles(path);
  // A diff reads no OpenAPI schema problems (only the $ref checks it needs): the loader skips that check.
  const options: LoadSpecOptions = isUrl
    ? { mode: 'lenient', sourceType: 'url', schemaCheck: false }
    : { mode: 'lenient', sourceType: 'path', schemaCheck: false, ...(external ? { allowExternalRefs: true } : {}) };
  if (cache && !external) options.cacheDir = userCacheDir(io.env);
  try {
    return await loadSpec(isUrl ? source : path, options);
  } catch (error) {
    throw specLoadError(error, role, source, io.env);
  }
}
