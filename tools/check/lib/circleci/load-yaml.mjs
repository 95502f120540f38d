import { parse } from 'yaml';

/**
 * Parses a YAML document with the `yaml` package: anchors and aliases
 * resolved, and `<<` merge keys merged, as CircleCI reads its configs.
 *
 * @param {string} text
 * @returns {any}
 * @example
 * parseYaml('version: 2.1\njobs: {}'); // { version: 2.1, jobs: {} }
 */
export function parseYaml(text) {
  return parse(text, { merge: true });
}
