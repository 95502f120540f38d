/**
 * An on-disk {@link ValidatorCodeCache}: standalone validator code, one file
 * per spec fingerprint, written atomically. Node and Deno; a separate entry
 * (`@circleci-kit/schema/disk-cache`) so the main entry needs no `node:` module.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { formats } from './_internals/formats.ts';
import type { ValidatorCodeCache } from './create-validators.ts';

const requireFromHere = createRequire(import.meta.url);

/**
 * Bump when the generated code changes shape, so older files are not read.
 * 2: JSON Schema 2020-12 compiled by Ajv's 2020 build, content keywords asserted.
 */
const CODE_VERSION = 2;

type ValidateFunctions = Record<string, (data: unknown) => boolean>;

/** Runs standalone (CommonJS) validator code and returns its exports. */
export function evaluateStandaloneCode(code: string): ValidateFunctions {
  const module = { exports: {} as ValidateFunctions };
  const require = (id: string): unknown => (id === 'formats' ? formats : requireFromHere(id));
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the code is Ajv's own output, read back from a file this cache wrote
  const run = new Function('require', 'module', 'exports', code) as (
    require: (id: string) => unknown,
    module: { exports: ValidateFunctions },
    exports: ValidateFunctions,
  ) => void;
  run(require, module, module.exports);
  return module.exports;
}

/**
 * A validator code cache in `dir` (created when missing). Files are named
 * `validators-v<version>-<fingerprint>.cjs` and written atomically
 * (`write-file-atomic`: a temporary file beside it, renamed into place), so
 * a reader never sees half a file.
 *
 * @example
 * ```ts
 * import { diskCodeCache } from '@circleci-kit/schema/disk-cache';
 * const validators = createValidators(spec, { codeCache: diskCodeCache('.cache/validators') });
 * ```
 */
export function diskCodeCache(dir: string): ValidatorCodeCache {
  const file = (fingerprint: string): string => join(dir, `validators-v${CODE_VERSION}-${fingerprint}.cjs`);
  return {
    load(fingerprint) {
      let code: string;
      try {
        code = readFileSync(file(fingerprint), 'utf8');
      } catch {
        return undefined;
      }
      try {
        return evaluateStandaloneCode(code);
      } catch {
        rmSync(file(fingerprint), { force: true });
        return undefined;
      }
    },
    store(fingerprint, code) {
      mkdirSync(dir, { recursive: true });
      writeFileAtomic.sync(file(fingerprint), code);
    },
  };
}
