import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import { contentEncodingKeyword, contentMediaTypeKeyword } from './content-keywords.ts';
import { addFormats } from './formats.ts';

/** What the schemas an instance compiles need beyond the keywords every schema may use. */
export interface AjvFeatures {
  /**
   * Whether some schema uses `unevaluatedProperties` or `unevaluatedItems`
   * (see `usesUnevaluated`): only then does the generated code track which
   * properties and items each keyword evaluated.
   * @default true
   */
  unevaluated?: boolean;
}

/**
 * The Ajv instance every validator is compiled with: JSON Schema 2020-12
 * (Ajv's 2020 build), OpenAPI keywords tolerated, formats checked, and
 * `contentEncoding` / `contentMediaType` asserted for the encodings and
 * media types that `content.ts` knows (annotations otherwise).
 *
 * Two costs of the 2020 build are left out where they buy nothing:
 *
 * - Schemas are not checked against the 2020-12 meta-schema: they are
 *   `toJsonSchema`'s output for specs `loadSpec` has checked, Ajv still
 *   refuses a keyword value of the wrong type when it compiles, and the
 *   meta-schema cost more than the compiling (about 17 ms per instance,
 *   3× a draft-07 instance's, and a fifth more for a whole spec).
 * - Ajv2020 turns on `dynamicRef` and `unevaluated`, which add bookkeeping
 *   to every generated function (a twelfth more standalone code for the
 *   CircleCI spec, slower to write and to load). Both are read when a
 *   schema is compiled, so they are turned off again here: `toJsonSchema`
 *   never writes `$dynamicRef` or `$dynamicAnchor`, and `unevaluated` stays
 *   on when `features` says a schema needs it.
 *
 * @example
 * const ajv = createAjv();
 * const validate = compileValidator({ type: 'string', contentEncoding: 'base64' }, { direction: 'request', ajv });
 * validate('not base64!').valid; // false
 */
export function createAjv(options: Options = {}, features: AjvFeatures = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    validateFormats: true,
    validateSchema: false,
    ...options,
  });
  const opts = ajv.opts as { dynamicRef?: boolean; unevaluated?: boolean };
  opts.dynamicRef = false;
  opts.unevaluated = features.unevaluated ?? true;
  for (const keyword of [contentEncodingKeyword, contentMediaTypeKeyword]) {
    ajv.removeKeyword(keyword.keyword as string);
    ajv.addKeyword(keyword);
  }
  return addFormats(ajv);
}
