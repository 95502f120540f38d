import { fileURLToPath } from 'node:url';
import { locateFixture } from '@circleci-kit/fixtures/locate';

/** The repository root. */
export const root = fileURLToPath(new URL('../../../../', import.meta.url));
/** The current CircleCI spec, in `../shared` beside the repository or in what `pnpm fixtures` fetched. */
export const specPath = locateFixture('specs/current/openapi.json');
/** The built CLI. */
export const cliBin = `${root}packages/cli/dist/bin.js`;
/** A binary of the gauntlet's own dependencies. */
export const gauntletBin = (name: string): string =>
  fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
/** A binary of the workspace root. */
export const rootBin = (name: string): string => `${root}node_modules/.bin/${name}`;
/** This package's source folder. */
export const srcDir = fileURLToPath(new URL('../', import.meta.url));
