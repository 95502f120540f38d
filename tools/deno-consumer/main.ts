/**
 * A Deno program that uses circleci-kit as a JSR user would: slug,
 * spec-loader, core-client, schema and breaking-changes imported by their
 * package names, which the root `deno.json` workspace resolves to each
 * package's TypeScript source (the `exports` of its `deno.json`, the files
 * `deno publish` would upload). No build and no `dist/` involved.
 *
 * It parses a project slug, loads the spec, builds a request with the pure
 * builder (from the generated table and from the loaded spec's, which must
 * agree), validates a request body against the spec's schema, and diffs the
 * spec with itself (no change). Any surprise exits with status 1. Without
 * an argument it reads the current spec fixture, found by
 * `@circleci-kit/fixtures/locate` (mapped to its source by the root `deno.json`).
 *
 * @example
 * ```sh
 * deno run --allow-read tools/deno-consumer/main.ts [path/to/openapi.json]
 * ```
 */
import { diffSpecs } from '@circleci-kit/breaking-changes';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { buildRequest, buildRequestFor, lookupOperation, toOperationTable } from '@circleci-kit/core-client';
import { createValidators } from '@circleci-kit/schema';
import { parseProjectSlug } from '@circleci-kit/slug';
import { loadSpec } from '@circleci-kit/spec-loader';

function expectThat(condition: boolean, what: string): void {
  if (!condition) throw new Error(`deno-consumer: ${what}`);
  console.log(`ok: ${what}`);
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- the linter's TypeScript has no `Deno` namespace (Deno's own lib)
const argument: string | undefined = Deno.args[0];
// By default the current spec: in ../shared beside the repository, else in what `pnpm fixtures` fetched.
const source = argument ?? locateFixture('specs/current/openapi.json');

const slug = parseProjectSlug('github/CircleCI-Public/circleci-cli');
expectThat(slug.slug === 'gh/CircleCI-Public/circleci-cli', `slug: ${slug.slug} (vcs ${slug.vcs})`);

const spec = await loadSpec(source);
expectThat(
  spec.operations.size > 0,
  `spec-loader: ${spec.info.title} ${spec.info.version}, ${spec.operations.size} operations`,
);

const body = { branch: 'main' };
const typed = buildRequest('triggerPipeline', { projectSlug: slug.slug, body });
const fromSpec = buildRequestFor(lookupOperation(toOperationTable(spec.operations), 'triggerPipeline'), {
  projectSlug: slug.slug,
  body,
});
expectThat(
  typed.url === fromSpec.url && typed.method === fromSpec.method && typed.body === fromSpec.body,
  `core-client: ${typed.method} ${typed.url}`,
);

const validateBody = createValidators(spec).requestBody('triggerPipeline');
expectThat(validateBody !== undefined, 'schema: triggerPipeline has a request body validator');
const valid = validateBody!(body);
const invalid = validateBody!({ branch: 42 });
expectThat(valid.valid && !invalid.valid, `schema: ${JSON.stringify(body)} valid, {"branch":42} invalid`);

const changes = diffSpecs(spec, spec);
expectThat(changes.length === 0, `breaking-changes: the spec against itself, ${changes.length} changes`);
