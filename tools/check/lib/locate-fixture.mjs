// The fixtures tool is TypeScript; its locate module is loaded through tsx (as
// tools/fixtures/bin.mjs loads the tool) so that where fixtures are looked for
// is decided in one place.
import { tsImport } from 'tsx/esm/api';

const located = await tsImport('../../fixtures/src/locate-fixture.ts', import.meta.url);

/**
 * The absolute path of a fixture in the first fixture root that has it:
 * `../shared` beside the repository, else `<repo>/.fixtures` (what `pnpm
 * fixtures` fetched). `locateFixture` of `@circleci-kit/fixtures/locate`.
 *
 * @type {(fixture: string) => string}
 * @throws {Error} a `FixtureMissingError` (one line naming the fixture and `pnpm fixtures`) when none has it
 * @example
 * locateFixture('specs/history'); // '/work/shared/specs/history'
 */
export const locateFixture = located.locateFixture;

/**
 * The folders fixtures are looked for in, in order. `fixtureRoots` of `@circleci-kit/fixtures/locate`.
 *
 * @type {() => string[]}
 * @example
 * fixtureRoots(); // ['/work/shared', '/work/main/.fixtures']
 */
export const fixtureRoots = located.fixtureRoots;

/**
 * The error {@link locateFixture} throws for a fixture in no root.
 *
 * @type {new (fixture: string, roots: readonly string[]) => Error & { fixture: string }}
 */
export const FixtureMissingError = located.FixtureMissingError;
