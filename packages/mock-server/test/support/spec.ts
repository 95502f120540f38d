import { locateFixture } from '@circleci-kit/fixtures/locate';
import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';

/** The current CircleCI spec, in `../shared` beside the repository or in what `pnpm fixtures` fetched. */
export const SPEC_PATH: string = locateFixture('specs/current/openapi.json');

let loaded: Promise<LoadedSpec> | undefined;

/** Loads the current spec once per test file. */
export function currentSpec(): Promise<LoadedSpec> {
  return (loaded ??= loadSpec(SPEC_PATH));
}
