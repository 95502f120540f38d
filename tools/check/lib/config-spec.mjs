import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fixtureRoots, locateFixture } from './locate-fixture.mjs';
import { repoRoot } from './repo-root.mjs';

/**
 * The spec named by the repository's `circleci-kit.config.json` (its `spec`
 * field), as an absolute path resolved from the config file's folder, or the
 * URL as written. A path into a fixture root that is not there (the config
 * names `../shared`, a clone may only have `.fixtures`) is looked up as that
 * fixture with {@link locateFixture}.
 *
 * @param {string} [configPath] defaults to `<repo>/circleci-kit.config.json`
 * @returns {string}
 * @throws {Error} when the config names no spec, or names a fixture found in no root
 * @example
 * configSpec(); // '/work/shared/specs/current/openapi.json'
 */
export function configSpec(configPath = join(repoRoot, 'circleci-kit.config.json')) {
  const { spec } = JSON.parse(readFileSync(configPath, 'utf8'));
  if (typeof spec !== 'string' || spec === '') throw new Error(`${configPath} names no spec`);
  if (/^https?:\/\//.test(spec)) return spec;
  const path = resolve(dirname(configPath), spec);
  if (existsSync(path)) return path;
  const root = fixtureRoots().find((dir) => path.startsWith(`${dir}${sep}`));
  return root === undefined ? path : locateFixture(relative(root, path));
}
