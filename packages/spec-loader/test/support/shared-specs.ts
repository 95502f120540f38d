import { locateFixture } from '@circleci-kit/fixtures/locate';

/** The current spec, as JSON, in `../shared` beside the repository or in what `pnpm fixtures` fetched. */
export const CURRENT_SPEC: string = locateFixture('specs/current/openapi.json');

/** The same document in YAML. */
export const CURRENT_SPEC_YAML: string = locateFixture('specs/current/openapi.yaml');

/** The folder of every published version, `circleci-v2-<date>.json`, ending in `/`. */
export const HISTORY_DIR: string = `${locateFixture('specs/history')}/`;
