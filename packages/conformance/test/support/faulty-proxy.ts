/**
 * A small proxy on 127.0.0.1 in front of the mock that rewrites its
 * answers: the way the tests inject provider faults the mock has no hook for.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the proxy saw it. */
export interface ProxiedRequest {
  method: string;
  /** Path and query below the API base, e.g. `/me?x=1`. */
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** A response the proxy may rewrite. */
export interface ProxiedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Rewrites the request before forwarding (return it changed) and the response after. */
export interface Fault {
  request?: (request: ProxiedRequest) => ProxiedRequest;
  response?: (request: ProxiedRequest, response: ProxiedResponse) => ProxiedResponse;
}

/** A running proxy: `url` is the API base to test. */
export interface FaultyProxy {
  url: string;
  requests: number;
  close: () => Promise<void>;
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** Starts a proxy to `upstream` (an API base such as the mock's `url`) that applies `fault`. */
export async function startFaultyProxy(upstream: string, fault: Fault = {}): Promise<FaultyProxy> {
  const base = new URL(upstream);
  const state = { requests: 0 };
  const proxy = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    state.requests += 1;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && name !== 'host' && name !== 'content-length' && name !== 'connection')
        headers[name] = value;
    }
    let request: ProxiedRequest = {
      method: req.method ?? 'GET',
      path: (req.url ?? '/').replace(/^\/api\/v2/, ''),
      headers,
      body: await read(req),
    };
    request = fault.request?.(request) ?? request;
    const answer = await fetch(`${base.origin}${base.pathname}${request.path}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body === '' ? {} : { body: request.body }),
    });
    const responseHeaders: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (name !== 'content-length' && name !== 'connection' && name !== 'keep-alive' && name !== 'transfer-encoding')
        responseHeaders[name] = value;
    });
    let response: ProxiedResponse = { status: answer.status, headers: responseHeaders, body: await answer.text() };
    response = fault.response?.(request, response) ?? response;
    res.writeHead(response.status, response.headers);
    res.end(response.body);
  };
  const server: Server = createServer((req, res) => void proxy(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v2`,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
