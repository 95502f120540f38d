import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { resolveNode } from '../resolve-node.mjs';
import { unsupported } from './config-error.mjs';

/**
 * The Node major of a `cimg/node:X.Y` image (`-browsers` and other variants too).
 *
 * @param {string} image
 * @param {string} where for the error
 * @returns {number}
 * @throws {import('./config-error.mjs').ConfigError} for any other image: it cannot run here
 * @example
 * nodeMajorOfImage('cimg/node:22.21', 'jobs.build'); // 22
 */
export function nodeMajorOfImage(image, where) {
  const match = /^cimg\/node:(\d+)(?:\.\d+){0,2}(?:-[a-z]+)?$/.exec(image);
  if (!match) throw unsupported(`docker image ${image} (only cimg/node:X.Y, run with the registry's node@X)`, where);
  return Number(match[1]);
}

/**
 * Node of that major from the npm registry's `node` package: the folder of its
 * binary (to put first on PATH) and its version.
 *
 * @param {number} major
 * @returns {{ bin: string, version: string }}
 */
export function nodeOfMajor(major) {
  const node = resolveNode(major);
  return {
    bin: dirname(node),
    version: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, ''),
  };
}
