import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';

/** The current CircleCI spec, from the shared folder beside the repository. */
export const SPEC_PATH: string = new URL('../../../../../shared/specs/current/openapi.json', import.meta.url).pathname;

let loaded: Promise<LoadedSpec> | undefined;

/** Loads the current spec once per test file. */
export function currentSpec(): Promise<LoadedSpec> {
  loaded ??= loadSpec(SPEC_PATH);
  return loaded;
}
