import { createServer } from 'node:net';

/**
 * A TCP port on 127.0.0.1 that is free right now: bound with port 0, read
 * back and released. For a child process that must be told its port.
 *
 * @returns {Promise<number>}
 * @example
 * const port = await freePort(); // e.g. 41873
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
