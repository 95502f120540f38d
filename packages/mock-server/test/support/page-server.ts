import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A file the page server serves. */
export interface PageFile {
  readonly type: string;
  readonly body: string;
}

/** A local server for a test page and its scripts, which awaits the page's report. */
export interface PageServer {
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  /** What it serves, by path (`/`, `/kit.js`): fill it before the page is opened. */
  readonly files: Map<string, PageFile>;
  /** The JSON the page posted to `/result`, parsed. */
  readonly report: Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 (a free port) that answers GET for the paths
 * in `files` and takes the page's report as a JSON POST to `/result`.
 *
 * @example
 * const server = await startPageServer();
 * server.files.set('/', { type: 'text/html', body: html });
 */
export async function startPageServer(): Promise<PageServer> {
  const files = new Map<string, PageFile>();
  let deliver: (value: unknown) => void = () => undefined;
  let refuse: (reason: Error) => void = () => undefined;
  const report = new Promise<unknown>((resolve, reject) => {
    deliver = resolve;
    refuse = reject;
  });
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/result') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        res.writeHead(204).end();
        try {
          deliver(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (error) {
          refuse(error as Error);
        }
      });
      return;
    }
    const file = req.method === 'GET' ? files.get((req.url ?? '/').split('?')[0]!) : undefined;
    if (file === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    files,
    report,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
