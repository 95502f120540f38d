import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPactAgainstSpec, type PactFile } from '@circleci-kit/pact';
import { loadSpec } from '@circleci-kit/spec-loader';
import { expect, it } from 'vitest';
import { main } from '../../../src/index.ts';
import { captureIo } from '../../support/capture-io.ts';
import { CURRENT_SPEC } from '../../support/fixtures.ts';

it('a conformance run over all 110 operations against the mock writes a pact the spec accepts: no mismatch of any kind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-conformance-pact-'));
  const io = captureIo({ env: { XDG_CACHE_HOME: join(dir, 'cache') }, cwd: dir });
  const code = await main(
    ['conformance', '--spec', CURRENT_SPEC, '--runs', '3', '--seed', '1', '--pact-dir', 'pacts'],
    io,
  );
  expect(code, io.err).toBe(0);
  expect(io.out).toMatch(/^110 operations, /m);
  const pact = JSON.parse(readFileSync(join(dir, 'pacts', 'circleci-kit-circleci-api-v2.json'), 'utf8')) as PactFile;
  const spec = await loadSpec(CURRENT_SPEC);
  // Errors and warnings alike: unions, nullable page tokens and flow steps each get rules the spec honours.
  expect(checkPactAgainstSpec(pact, spec)).toEqual([]);
  expect(pact.interactions.some((i) => (i as { response: { status: number } }).response.status === 401)).toBe(true);
  const strict = checkPactAgainstSpec(pact, spec, { strictStatus: true });
  expect(strict.some((m) => m.kind === 'status' && m.interaction.startsWith('GetOrgClaims without a token'))).toBe(
    true,
  );
}, 60_000);
