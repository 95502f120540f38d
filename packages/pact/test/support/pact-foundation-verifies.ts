import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./run-pact-verifier.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));

/**
 * Runs `@pact-foundation/pact`'s Verifier on pact files against a fresh
 * embedded mock in a child process; resolves true when it accepts them all.
 * Its report is printed only when `PACT_VERIFIER_OUTPUT=1`. Give the test's
 * `signal`: a test that times out then kills the child, which would
 * otherwise go on verifying and load the machine under the tests after it.
 */
export function pactFoundationVerifies(pactFiles: string[], signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [script, ...pactFiles], {
      env: { ...process.env, PACT_DO_NOT_TRACK: 'true' },
      stdio: ['ignore', process.env.PACT_VERIFIER_OUTPUT === '1' ? 'inherit' : 'ignore', 'inherit'],
      ...(signal === undefined ? {} : { signal, killSignal: 'SIGTERM' as const }),
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code === 0));
  });
}
