// The HTTP proxy between the conformance runner and Prism. No keep-alive towards Prism or the mock,
// so a reset connection always means that Prism dropped it, never a stale idle socket.
import { Agent, createServer, request as httpRequest } from 'node:http';

/**
 * @typedef {object} ProxiedExchange
 * @property {string} phase the phase the proxy was in when the request came (`valid`, `negative`, `auth`)
 * @property {string | undefined} operationId the operation the request routes to, if any
 * @property {string} method
 * @property {string} url the path and query as the runner sent them, under the API base
 * @property {string | undefined} sent the path and query as sent to Prism (slugs as one segment, no API base)
 * @property {number} status the status the runner got
 * @property {string | undefined} notProxied why the mock answered directly, when it did
 * @property {Array<{ location: string[], severity: string, code?: string | number, message: string }>} violations
 *   the parsed `sl-violations` header (empty when Prism added none)
 */

const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection', 'upgrade', 'te', 'trailer']);

function readAll(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function forward(agent, base, path, method, headers, body) {
  const target = new URL(base);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        agent,
        host: target.hostname,
        port: target.port,
        method,
        path: `${target.pathname.replace(/\/$/, '')}${path}`,
        headers: { ...headers, host: target.host, 'content-length': String(body.length) },
      },
      async (incoming) => {
        try {
          resolve({ status: incoming.statusCode, headers: incoming.headers, body: await readAll(incoming) });
        } catch (error) {
          reject(error);
        }
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function parseViolations(header) {
  if (header === undefined) return [];
  try {
    const parsed = JSON.parse(Array.isArray(header) ? header.join(',') : header);
    return Array.isArray(parsed) ? parsed : [{ location: [], severity: 'Error', message: `sl-violations: ${header}` }];
  } catch {
    return [{ location: [], severity: 'Error', message: `unparsable sl-violations header: ${header}` }];
  }
}

/**
 * Starts a node:http proxy on 127.0.0.1 that takes requests under `/api/v2`,
 * strips that base, rewrites multi-segment slugs into one `%2F` segment
 * (`rewrite`), forwards to Prism, records the `sl-violations` header of
 * the answer (and does not pass it on) and answers the runner with Prism's
 * status, headers and body. Requests whose path Prism cannot decode go to
 * the mock directly (`notProxied: 'malformed percent escape'`); so does a
 * request whose connection Prism dropped (`prism failed: …`), after which
 * the supervisor restarts Prism. `phase` is read at each request.
 *
 * @param {object} options
 * @param {() => Promise<string>} options.prism resolves with Prism's base URL once it listens
 * @param {string} options.mock the mock's API base, e.g. `http://127.0.0.1:41234/api/v2`
 * @param {(method: string, path: string) => import('./slug-path-rewriter.mjs').RewrittenPath} options.rewrite
 * @param {string} [options.base] the API base path the runner uses (default `/api/v2`)
 * @returns {Promise<{ url: string, exchanges: ProxiedExchange[], phase: string, close: () => Promise<void> }>}
 *   `url` is the API base to give the runner; set `phase` between runs
 * @example
 * const proxy = await startRewritingProxy({ prism: prism.ready, mock: mock.url, rewrite });
 * proxy.phase = 'negative';
 */
export async function startRewritingProxy({ prism, mock, rewrite, base = '/api/v2' }) {
  const agent = new Agent({ keepAlive: false });
  const state = { exchanges: [], phase: 'valid' };
  const server = createServer(async (req, res) => {
    const phase = state.phase;
    const [rawPath, ...rest] = req.url.split('?');
    const query = rest.length > 0 ? `?${rest.join('?')}` : '';
    const path = rawPath.startsWith(`${base}/`) ? rawPath.slice(base.length) : rawPath;
    const routed = rewrite(req.method, path);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !HOP.has(name)));
    const exchange = {
      phase,
      operationId: routed.operationId,
      method: req.method,
      url: req.url,
      sent: undefined,
      status: 0,
      notProxied: undefined,
      violations: [],
    };
    let answer;
    try {
      const body = await readAll(req);
      if (!routed.decodable) exchange.notProxied = 'malformed percent escape';
      else {
        exchange.sent = `${routed.path}${query}`;
        for (let attempt = 0; answer === undefined; attempt++) {
          try {
            answer = await forward(agent, await prism(), exchange.sent, req.method, headers, body);
          } catch (error) {
            // Refused: Prism is between a death and its restart; nothing reached it, so try again.
            if (error.code === 'ECONNREFUSED' && attempt < 50) await new Promise((r) => setTimeout(r, 200));
            else {
              exchange.notProxied = `prism failed (${error.code ?? error.message})`;
              break;
            }
          }
        }
      }
      if (answer === undefined) answer = await forward(agent, mock, `${path}${query}`, req.method, headers, body);
    } catch (error) {
      answer = { status: 502, headers: { 'content-type': 'application/json' }, body: Buffer.from('{}') };
      exchange.notProxied = `proxy error (${error.message})`;
    }
    if (exchange.notProxied === undefined) exchange.violations = parseViolations(answer.headers['sl-violations']);
    exchange.status = answer.status;
    state.exchanges.push(exchange);
    const out = Object.fromEntries(
      Object.entries(answer.headers).filter(([name]) => !HOP.has(name) && name !== 'sl-violations'),
    );
    res.writeHead(answer.status, { ...out, 'content-length': String(answer.body.length) });
    res.end(answer.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}${base}`,
    exchanges: state.exchanges,
    get phase() {
      return state.phase;
    },
    set phase(value) {
      state.phase = value;
    },
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
