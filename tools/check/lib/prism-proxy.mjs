// Starts Stoplight Prism in proxy mode, and starts it again when it dies.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { freePort } from './free-port.mjs';
import { repoRoot } from './repo-root.mjs';

/**
 * Prism's CLI entry as installed for a workspace package that depends on
 * `@stoplight/prism-cli` (5.14.2), run with this Node, as `pnpm bench:mock` does.
 *
 * @param {string} packageDir the package folder, e.g. `tools/gauntlet` (relative to the repository root, or absolute)
 * @returns {string}
 * @example
 * prismBinOf('tools/gauntlet'); // '/repo/tools/gauntlet/node_modules/@stoplight/prism-cli/dist/index.js'
 */
export function prismBinOf(packageDir) {
  return resolvePath(repoRoot, packageDir, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');
}

/** Prism's CLI entry for `pnpm check:prism`: the devDependency of tools/bench. */
export const prismBin = prismBinOf(join('tools', 'bench'));

const READY = /Prism is listening on (http:\/\/\S+)/;
const KEEP = 8000;

/**
 * @typedef {object} PrismProxy
 * @property {() => Promise<string>} ready resolves with Prism's base URL (no trailing slash) once it listens
 * @property {number} restarts how often Prism died and was started again
 * @property {string[]} deaths the first error line Prism printed each time it died
 * @property {() => Promise<void>} stop stops Prism for good
 */

/**
 * Runs `prism proxy <spec> <upstream> --errors=false --cors=false` on a free
 * port of 127.0.0.1 and keeps it up: when Prism exits on its own (it exits
 * on some inputs, e.g. a malformed percent escape in a path parameter), it
 * is started again on the same port and `restarts` counts it. Prism's output
 * is read and dropped but for its tail, kept for error messages.
 *
 * @param {string} spec the OpenAPI document Prism validates against
 * @param {string} upstream the server Prism forwards to, e.g. `http://127.0.0.1:41234/api/v2`
 * @param {{ readyTimeoutMs?: number, bin?: string }} [options] how long a start may take (default 60000),
 *   and Prism's CLI entry (default {@link prismBin})
 * @returns {Promise<PrismProxy>} once Prism listens for the first time
 * @throws {Error} when `bin` is not installed, or Prism exits or stays silent before it listens
 * @example
 * const prism = await startPrismProxy(specPath, `${mock.url}`);
 * await fetch(`${await prism.ready()}/me`, { headers: { 'circle-token': 'x' } });
 * await prism.stop();
 */
export async function startPrismProxy(spec, upstream, { readyTimeoutMs = 60_000, bin = prismBin } = {}) {
  if (!existsSync(bin)) throw new Error(`Prism is not installed at ${bin} (run pnpm install)`);
  const port = await freePort();
  const args = [bin, 'proxy', '--host', '127.0.0.1', '--port', String(port), '--errors=false', '--cors=false'];
  let child;
  let stopping = false;
  let current;
  const state = { restarts: 0, deaths: [] };

  const launch = () => {
    current = new Promise((resolve, reject) => {
      child = spawn(process.execPath, [...args, spec, upstream], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
      let tail = '';
      let listening = false;
      const timer = setTimeout(
        () => reject(new Error(`Prism did not listen within ${readyTimeoutMs} ms`)),
        readyTimeoutMs,
      );
      const onData = (chunk) => {
        tail = (tail + chunk.toString()).slice(-KEEP);
        const match = !listening && READY.exec(tail);
        if (match) {
          listening = true;
          clearTimeout(timer);
          resolve(match[1].replace(/\/$/, ''));
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (stopping) return;
        const why = tail.split('\n').find((line) => /^\w*Error\b/.test(line)) ?? `exit ${signal ?? code}`;
        if (!listening) return reject(new Error(`Prism exited before it listened: ${why}\n${tail.slice(-2000)}`));
        state.restarts += 1;
        state.deaths.push(why);
        launch();
      });
    });
    current.catch(() => {}); // surfaced by ready()
  };

  launch();
  await current;
  return {
    ready: () => current,
    get restarts() {
      return state.restarts;
    },
    get deaths() {
      return state.deaths;
    },
    stop: () =>
      new Promise((resolve) => {
        stopping = true;
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
