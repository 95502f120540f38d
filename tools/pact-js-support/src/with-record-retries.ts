/** What Pact's mock server says of an interaction whose request it has no record of. */
const NOT_RECEIVED = 'expected but not received';

/** Attempts in all, the first included. */
const ATTEMPTS = 3;

/**
 * Runs a pact-js consumer test, built afresh by `attempt` each time, and
 * runs it again (three attempts in all at most) when Pact's native mock
 * server reports its request "expected but not received". That server
 * answers a request first and records the match in a task of its own, so
 * on a loaded machine the test can end before the record is made. A
 * request that really never arrives fails every attempt; any other error
 * is thrown at once. A failed attempt writes no pact, and `PactV4` starts
 * the next one from a fresh pact.
 *
 * @example
 * await withRecordRetries(() =>
 *   new PactV4({ consumer: 'web', provider: 'circleci', dir })
 *     .addInteraction()
 *     .uponReceiving('get me')
 *     .withRequest('GET', '/api/v2/me')
 *     .willRespondWith(200)
 *     .executeTest(async (server) => sendToPactMock(`${server.url}/api/v2/me`)),
 * );
 */
export async function withRecordRetries(attempt: () => Promise<unknown>): Promise<void> {
  for (let tries = 1; ; tries++) {
    try {
      await attempt();
      return;
    } catch (error) {
      if (tries >= ATTEMPTS || !(error instanceof Error) || !error.message.includes(NOT_RECEIVED)) throw error;
    }
  }
}
