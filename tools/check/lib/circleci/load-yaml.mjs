import { createRequire } from 'node:module';

// tools/check has no package.json of its own: `yaml` is the one tools/docs depends on.
const require = createRequire(new URL('../../../docs/package.json', import.meta.url));
const { parse } = require('yaml');

/**
 * Parses a YAML document (anchors and aliases resolved) with the `yaml` package.
 *
 * @param {string} text
 * @returns {any}
 * @example
 * parseYaml('version: 2.1\njobs: {}'); // { version: 2.1, jobs: {} }
 */
export function parseYaml(text) {
  return parse(text);
}
