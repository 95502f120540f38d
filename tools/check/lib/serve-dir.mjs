import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';

/**
 * @typedef {object} DirServer
 * @property {string} url the server's base URL, e.g. `http://127.0.0.1:41873`, no trailing slash
 * @property {() => Promise<void>} close stops the server
 */

/**
 * Serves the files of `dir` over HTTP on 127.0.0.1 (a free port), as
 * raw.githubusercontent.com serves a repository: `GET /<path>` answers the
 * file's bytes, 404 when there is none. Paths cannot climb out of `dir`.
 *
 * @param {string} dir
 * @returns {Promise<DirServer>}
 * @example
 * const mirror = await serveDir('/tmp/mirror'); // mirror.url: 'http://127.0.0.1:41873'
 */
export function serveDir(dir) {
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      response.writeHead(400).end('400: Bad Request');
      return;
    }
    readFile(join(dir, normalize(path).replace(/^(\.\.[/\\])+/, ''))).then(
      (body) => response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end('404: Not Found'),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the system picks a free port, bound at once (no window for another process to take it).
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
