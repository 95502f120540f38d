import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';

/**
 * The absolute path of the `node` binary of the npm registry's `node@<version>`
 * package, through `npx -y -p` (from npm's cache once fetched). `version` is
 * what npm takes after `node@`: a major (`22`) or a range (`22.21`).
 *
 * @param {string | number} version
 * @returns {string}
 * @example
 * resolveNode(24); // '/root/.npm/_npx/3876…/node_modules/node/bin/node'
 */
export function resolveNode(version) {
  const output = execFileSync('npx', ['-y', '-p', `node@${version}`, 'node', '-e', 'console.log(process.execPath)'], {
    cwd: tmpdir(), // outside the workspace: no packageManager or engines of ours in the way
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return output.trim().split('\n').at(-1);
}
