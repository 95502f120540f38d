import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { repoRoot } from './repo-root.mjs';

/**
 * The spec named by the repository's `circleci-kit.config.json` (its `spec`
 * field), as an absolute path resolved from the config file's folder, or the
 * URL as written.
 *
 * @param {string} [configPath] defaults to `<repo>/circleci-kit.config.json`
 * @returns {string}
 * @example
 * configSpec(); // '/work/shared/specs/current/openapi.json'
 */
export function configSpec(configPath = join(repoRoot, 'circleci-kit.config.json')) {
  const { spec } = JSON.parse(readFileSync(configPath, 'utf8'));
  if (typeof spec !== 'string' || spec === '') throw new Error(`${configPath} names no spec`);
  return /^https?:\/\//.test(spec) ? spec : resolve(dirname(configPath), spec);
}
