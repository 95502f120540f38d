/**
 * `tsx run-pact-verifier.ts <pact.json>…`: starts the embedded mock and runs
 * `@pact-foundation/pact`'s Verifier against it; exits 0 when every
 * interaction passed, 1 otherwise. Run as a child so the Verifier's report
 * (printed by its native core) stays out of the test output.
 */
import { startMockServer } from '@circleci-kit/mock-server';
import { verifyInProcess } from './pact-verifier.ts';
import { currentSpec } from './spec.ts';

const token = 'interop-token';
const mock = await startMockServer({ spec: await currentSpec(), seed: 1, pageSize: 5, tokens: [token] });
const ok = await verifyInProcess(process.argv.slice(2), mock, token);
await mock.close();
process.exit(ok ? 0 : 1);
