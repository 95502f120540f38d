/** What Pact's native mock server answered: the status and the whole body. */
export interface PactMockAnswer {
  status: number;
  body: string;
}

/** How often a refused or reset connection is tried again. */
const RETRY_EVERY_MS = 100;

/**
 * Sends a request to Pact's native mock server, with a `Circle-Token`
 * header, and reads its answer to the end. Just started, on a loaded
 * machine, the server can refuse connections for a while, so a network
 * error is tried again for up to `retryForMs` (10 s); any answer is
 * returned as it is.
 *
 * @example
 * const { status, body } = await sendToPactMock(`${server.url}/api/v2/me`);
 */
export async function sendToPactMock(
  url: string,
  method = 'GET',
  { retryForMs = 10_000 }: { retryForMs?: number } = {},
): Promise<PactMockAnswer> {
  const deadline = Date.now() + retryForMs;
  for (;;) {
    try {
      const response = await fetch(url, { method, headers: { 'Circle-Token': 'x' } });
      return { status: response.status, body: await response.text() };
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS));
    }
  }
}
