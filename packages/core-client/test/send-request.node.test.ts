import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CircleCIError, sendRequest } from '../src/index.ts';

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('sendRequest', () => {
  it('throws a NETWORK_ERROR naming the reason, with the token nowhere', async () => {
    const token = 'send-request-secret-token';
    const url = `http://127.0.0.1:${await closedPort()}/api/v2/me?circle-token=${token}`;
    const error = await sendRequest({ method: 'GET', url, headers: { 'circle-token': token }, body: undefined }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CircleCIError);
    expect((error as CircleCIError).code).toBe('NETWORK_ERROR');
    expect((error as CircleCIError).message).toContain('could not be reached: ECONNREFUSED');
    expect(JSON.stringify(error) + (error as Error).message).not.toContain(token);
  });
});
