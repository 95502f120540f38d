import { canonicalJson } from './_internals/canonical-json.ts';
import { checkVersion } from './_internals/check-version.ts';
import { isObject } from './_internals/json-pointer.ts';
import { lazyModule } from './_internals/lazy-module.ts';
import { schemaProblems } from './_internals/schema-problems.ts';
import { checkDepth } from './_internals/check-depth.ts';
import { normalize } from './_internals/normalize.ts';
import { parseText } from './_internals/parse-text.ts';
import { readSource } from './_internals/read-source.ts';
import { operationProblems, refProblems } from './_internals/semantic-problems.ts';
import { sha256Hex } from './_internals/sha256.ts';
import { buildLoadedSpec } from './_internals/build-loaded-spec.ts';
import { LOADER_VERSION } from './loader-version.ts';
import { SpecError } from './spec-error.ts';
import type { LoadedSpec, SpecProblem } from './types.ts';

// Loaded only by the loads that need them: a cache, `$ref`s to other files, a cold load's checks.
const specCache = lazyModule(() => import('./_internals/spec-cache.ts'));
const externalRefs = lazyModule(() => import('./_internals/bundle-external-refs.ts'));

/** Where a spec comes from: a file path, an http(s) URL, JSON or YAML text, or the parsed document. */
export type SpecSource = string | URL | Record<string, unknown>;

/** Options of {@link loadSpec}. */
export interface LoadSpecOptions {
  /**
   * `strict` throws a `SpecError` when the document breaks its OpenAPI version (3.0 or 3.1);
   * `lenient` loads it anyway and lists the problems in `warnings`.
   * @default 'strict'
   */
  mode?: 'strict' | 'lenient';
  /**
   * How to read a string source. `auto`: an `http(s)://` string is a URL;
   * a string with a line break, or starting with `{`, `[`, `openapi:` or
   * `swagger:`, is the document's text; anything else is a file path.
   * @default 'auto'
   */
  sourceType?: 'auto' | 'path' | 'url' | 'text';
  /**
   * Folder of the on-disk cache of loaded specs (and of fetched URLs, with
   * their ETags). No cache when unset.
   * @default undefined
   */
  cacheDir?: string;
  /**
   * Time allowed to fetch a URL, in milliseconds.
   * @default 30000
   */
  timeoutMs?: number;
  /**
   * Follow `$ref`s to other files inside the spec file's own folder (never
   * outside it). Off, such refs are refused with `EXTERNAL_REF`. A spec
   * that does follow some is never written to the cache, which is keyed by
   * the main file alone: an edit in a referenced file is always seen.
   * @default false
   */
  allowExternalRefs?: boolean;
  /**
   * With `allowExternalRefs`, also follow `$ref`s to http(s) URLs.
   * @default false
   */
  allowRemoteRefs?: boolean;
  /**
   * The `fetch` used for URLs (tests inject their own).
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Check the document against the OpenAPI schema of its version (3.0 or 3.1). `false` skips that
   * check, for a caller that never reads its problems (a diff of two
   * leniently loaded versions): they are then neither thrown nor listed in
   * `warnings`. The checks the loader itself relies on (`$ref`s, operations)
   * always run. Cached apart from a checked load of the same source.
   * @default true
   */
  schemaCheck?: boolean;
}

const ORDER: Record<string, number> = { MISSING_REF: 0, EXTERNAL_REF: 1, DUPLICATE_OPERATION_ID: 2 };

function sortProblems(problems: SpecProblem[]): SpecProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (ORDER[a.problem.code] ?? 9) - (ORDER[b.problem.code] ?? 9) || a.index - b.index)
    .map(({ problem }) => problem);
}

/** Throws the first problem as a `SpecError` (with all of them in `problems`), or returns them as warnings. */
function settle(problems: SpecProblem[], mode: 'strict' | 'lenient', source: string): SpecProblem[] {
  const [first] = problems;
  if (mode === 'lenient' || first === undefined) return problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
  throw new SpecError({
    code: first.code as SpecError['code'],
    message: `${first.message}${more}`,
    pointer: first.pointer,
    source,
    problems,
  });
}

function toJsonText(value: unknown, source: string): string {
  try {
    return canonicalJson(value);
  } catch (error) {
    throw new SpecError({ code: 'NOT_OPENAPI', message: (error as Error).message, source, cause: error });
  }
}

/** The options that change what a load gives, as part of its cache key. */
function cacheKeyOptions(options: LoadSpecOptions): string {
  const unchecked = options.schemaCheck === false ? ' unchecked' : '';
  return `${options.allowExternalRefs === true}${options.allowRemoteRefs === true}${unchecked}`;
}

/**
 * Loads CircleCI's (or any) OpenAPI 3.0 or 3.1 document: reads it from a file, a
 * URL, text or an object; parses JSON or YAML; validates it; normalizes it
 * (see `rewrites`); dereferences it (circular refs become shared objects);
 * indexes its operations and fingerprints the source. Throws only
 * {@link SpecError}.
 *
 * @example
 * const spec = await loadSpec('../shared/specs/current/openapi.json');
 * spec.operations.get('getCurrentUser')?.path; // '/me'
 * spec.operationByRoute('get', '/me')?.operationId; // 'getCurrentUser'
 */
export async function loadSpec(source: SpecSource, options: LoadSpecOptions = {}): Promise<LoadedSpec> {
  const mode = options.mode ?? 'strict';
  const input = await readSource(source, options);
  const label = input.label;
  const cache = options.cacheDir === undefined ? undefined : await specCache();
  let key: string | undefined;
  /** The cached spec for this content, with `key` set to its cache key; `undefined` on a miss. */
  const fromCache = async (content: string | Uint8Array): Promise<LoadedSpec | undefined> => {
    if (!cache || options.cacheDir === undefined) return undefined;
    key = cache.cacheKey(LOADER_VERSION, cacheKeyOptions(options), content);
    const entry = await cache.readCacheEntry(options.cacheDir, key);
    if (entry === undefined) return undefined;
    return buildLoadedSpec(entry.document, {
      ...entry,
      warnings: settle(entry.warnings, mode, label),
      source: label,
      fromCache: true,
    });
  };
  // A file is keyed by its bytes and text by itself, so a warm load skips decoding and parsing;
  // an object is keyed by its canonical JSON.
  const content = input.bytes ?? input.text;
  const warm = content === undefined ? undefined : await fromCache(content);
  if (warm) return warm;
  // The BOM is kept, as a string source would have it: parsing decides what to do with it.
  const text =
    input.bytes === undefined ? input.text : new TextDecoder('utf-8', { ignoreBOM: true }).decode(input.bytes);
  const read = text === undefined ? undefined : await parseText(text, label);
  const parsed = read === undefined ? input.value : read.value;
  const { plain, refersToOtherFiles } = checkDepth(parsed, label);
  checkVersion(parsed, label);
  // Followed refs to other files make the document more than this source's content, which keys
  // the cache: such a load is never written to it (so a hit is a source that follows none).
  const follows = options.allowExternalRefs === true && input.baseDir !== undefined && refersToOtherFiles;
  // The canonical JSON is needed now for an object (its copy and cache key), for a cache entry's
  // fingerprint, and to refuse what is not JSON data (NaN, Infinity…). Text that parsed to plain
  // JSON data and is not cached needs it only for `fingerprint`: worked out if that is read, from
  // the text parsed again (the document is normalized and dereferenced in place by then).
  const cacheable = cache !== undefined && !follows;
  const canonical = read === undefined || cacheable || !plain ? toJsonText(parsed, label) : undefined;
  const fingerprint = canonical !== undefined ? sha256Hex(canonical) : () => sha256Hex(canonicalJson(read!.again()));
  // The loader works on its own copy: an object source is never changed.
  let document = (read === undefined ? JSON.parse(canonical!) : parsed) as Record<string, unknown>;
  if (follows) {
    const { bundleExternalRefs } = await externalRefs();
    document = await bundleExternalRefs(document, input, options);
  }
  if (read === undefined) {
    const cached = await fromCache(canonical!);
    if (cached) return cached;
  }
  // Ajv and the OpenAPI schema are loaded only here: a spec read from the cache never needs them.
  const schemaFound = options.schemaCheck === false ? [] : await schemaProblems(document);
  const problems = sortProblems([
    ...refProblems(document, options.allowExternalRefs === true),
    ...operationProblems(document),
    ...schemaFound,
  ]);
  const warnings = settle(problems, mode, label);
  if (!isObject(document.paths)) document.paths = {};
  if (!isObject(document.info)) document.info = { title: '', version: '' };
  const rewrites = normalize(document);
  if (cacheable && options.cacheDir !== undefined && key !== undefined && typeof fingerprint === 'string') {
    await cache.writeCacheEntry(options.cacheDir, key, { fingerprint, document, rewrites, warnings });
  }
  return buildLoadedSpec(document, { fingerprint, rewrites, warnings, source: label, fromCache: false });
}
