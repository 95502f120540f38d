import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sendToPactMock } from '../src/index.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A server that answers with the request's method, path and token. */
function echoServer(): Server {
  const server = createServer((request, response) => {
    response.writeHead(201, { 'content-type': 'text/plain' });
    const token = request.headers['circle-token'];
    response.end(`${request.method} ${request.url} ${typeof token === 'string' ? token : ''}`);
  });
  servers.push(server);
  return server;
}

const listen = (server: Server, port = 0) =>
  new Promise<number>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

describe('sendToPactMock', () => {
  it('sends the method with a Circle-Token header and reads the whole answer', async () => {
    const port = await listen(echoServer());
    expect(await sendToPactMock(`http://127.0.0.1:${port}/api/v2/me`, 'DELETE')).toEqual({
      status: 201,
      body: 'DELETE /api/v2/me x',
    });
  });

  it('tries again after a network error: a first connection dropped unanswered', async () => {
    const server = echoServer();
    let connections = 0;
    server.prependListener('connection', (socket) => {
      if (++connections === 1) socket.destroy();
    });
    const port = await listen(server);
    expect(await sendToPactMock(`http://127.0.0.1:${port}/api/v2/me`)).toEqual({
      status: 201,
      body: 'GET /api/v2/me x',
    });
    expect(connections).toBe(2);
  });

  it('gives up with the network error when nothing ever answers', async () => {
    const server = echoServer();
    server.prependListener('connection', (socket) => socket.destroy());
    const port = await listen(server);
    await expect(sendToPactMock(`http://127.0.0.1:${port}/`, 'GET', { retryForMs: 300 })).rejects.toThrow(
      'fetch failed',
    );
  });
});
