import { MatchersV3, PactV4 } from '@pact-foundation/pact';
import { sendToPactMock, withRecordRetries } from '@circleci-kit/pact-js-support';

process.env.PACT_DO_NOT_TRACK = 'true';

/** The provider every pact-js consumer here names. */
export const PROVIDER = 'circleci';

/** A consumer's pact-js handle, writing its pact into `dir`. */
const consumer = (name: string, dir: string) =>
  new PactV4({ consumer: name, provider: PROVIDER, dir, logLevel: 'error' });

const token = () => MatchersV3.regex('^\\S+$', 'x');

/**
 * Runs the pact-js consumer tests that write the pacts of these tests into
 * `dir`, one file per consumer:
 * - `web-js` reads its user's `id` and `login` (`like` matchers);
 * - `state-type-js` reads a pipeline's `state` through a type matcher (`like('created')`);
 * - `state-regex-js` reads it through `regex('^created$', 'created')`;
 * - `ops-js` deletes a widget;
 * - `branch-js` asks for a pipeline by branch (a query parameter), and gets a 404.
 */
export async function writePactJsPacts(dir: string): Promise<void> {
  const { like, regex } = MatchersV3;
  await withRecordRetries(() =>
    consumer('web-js', dir)
      .addInteraction()
      .uponReceiving('get me')
      .withRequest('GET', '/api/v2/me', (b) => b.headers({ 'Circle-Token': token() }))
      .willRespondWith(200, (b) => b.jsonBody({ id: like('u1'), login: like('ada') }))
      .executeTest(async (server) => {
        if ((await sendToPactMock(`${server.url}/api/v2/me`)).status !== 200) throw new Error('web-js: GET /me failed');
      }),
  );
  for (const [name, state] of [
    ['state-type-js', like('created')],
    ['state-regex-js', regex('^created$', 'created')],
  ] as const) {
    await withRecordRetries(() =>
      consumer(name, dir)
        .addInteraction()
        .uponReceiving('get pipeline')
        .withRequest('GET', '/api/v2/pipeline/p1', (b) => b.headers({ 'Circle-Token': token() }))
        .willRespondWith(200, (b) => b.jsonBody({ id: like('p1'), state }))
        .executeTest(async (server) => {
          const { status } = await sendToPactMock(`${server.url}/api/v2/pipeline/p1`);
          if (status !== 200) throw new Error(`${name}: GET failed`);
        }),
    );
  }
  await withRecordRetries(() =>
    consumer('ops-js', dir)
      .addInteraction()
      .uponReceiving('delete a widget')
      .withRequest('DELETE', '/api/v2/widgets/w1', (b) => b.headers({ 'Circle-Token': token() }))
      .willRespondWith(204)
      .executeTest(async (server) => {
        const { status } = await sendToPactMock(`${server.url}/api/v2/widgets/w1`, 'DELETE');
        if (status !== 204) throw new Error('ops-js: DELETE');
      }),
  );
  await withRecordRetries(() =>
    consumer('branch-js', dir)
      .addInteraction()
      .uponReceiving('get a pipeline by branch')
      .withRequest('GET', '/api/v2/pipeline/p1', (b) =>
        b.headers({ 'Circle-Token': token() }).query({ branch: 'Main' }),
      )
      .willRespondWith(404, (b) => b.jsonBody({ message: like('not found') }))
      .executeTest(async (server) => {
        if ((await sendToPactMock(`${server.url}/api/v2/pipeline/p1?branch=Main`)).status !== 404) {
          throw new Error('branch-js');
        }
      }),
  );
}
