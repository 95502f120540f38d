import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PactFile, PactInteraction } from '@circleci-kit/pact';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/index.ts';
import { captureIo } from '../../support/capture-io.ts';
import { CURRENT_SPEC } from '../../support/fixtures.ts';

let dir: string;

/** The pact the conformance run in `beforeAll` wrote. */
const readPact = (): PactFile =>
  JSON.parse(readFileSync(join(dir, 'pacts', 'circleci-kit-circleci-api-v2.json'), 'utf8')) as PactFile;

/** Its interaction of getCurrentUser with a valid input (an HTTP one). */
const currentUserInteraction = (pact: PactFile): PactInteraction =>
  pact.interactions.find((i) => i.description === 'getCurrentUser with a valid input') as PactInteraction;

async function run(args: string[], env: Record<string, string> = {}) {
  const io = captureIo({ env: { XDG_CACHE_HOME: join(dir, 'cache'), ...env }, cwd: dir });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-pact-'));
  const { code, out, err } = await run([
    'conformance',
    '--spec',
    CURRENT_SPEC,
    '--ops',
    'getCurrentUser,listContexts,createContext,getPipelineById',
    '--runs',
    '3',
    '--seed',
    '1',
    '--pact-dir',
    'pacts',
  ]);
  expect(code, err).toBe(0);
  expect(out).toContain(`pact: ${join(dir, 'pacts', 'circleci-kit-circleci-api-v2.json')}`);
}, 60_000);

describe('circleci-kit pact verify', () => {
  it('verifies the pact a conformance run wrote against the mock, with JUnit and JSON reports, exit 0', async () => {
    const { code, out, err } = await run([
      'pact',
      'verify',
      'pacts',
      '--spec',
      CURRENT_SPEC,
      '--report',
      'junit=r/pact.xml,json=r/pact.json',
    ]);
    expect(code, err).toBe(0);
    expect(out).toMatch(/^✓ getCurrentUser with a valid input \(GET \/api\/v2\/me\)$/m);
    expect(out).toMatch(/^\d+ interactions: \d+ passed, 0 failed, 0 errors/m);
    const xml = readFileSync(join(dir, 'r/pact.xml'), 'utf8');
    expect(xml).toContain('<testsuite name="getCurrentUser"');
    expect(xml).toContain('classname="pact.getCurrentUser"');
    const json = JSON.parse(readFileSync(join(dir, 'r/pact.json'), 'utf8'));
    expect(json.format).toBe('circleci-kit-pact-verification/1');
    expect(json.totals.failed).toBe(0);
  });

  it('fails a tampered pact with exit 1, naming the interaction and the mismatch', async () => {
    const pact = readPact();
    const me = currentUserInteraction(pact);
    me.response.matchingRules!.body!['$.id']!.matchers = [{ match: 'integer' }];
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify({ ...pact, interactions: [me] }));
    const { code, out } = await run([
      'pact',
      'verify',
      'tampered.json',
      '--spec',
      CURRENT_SPEC,
      '--report',
      'junit=r/t.xml',
    ]);
    expect(code).toBe(1);
    expect(out).toMatch(/^✗ getCurrentUser with a valid input/m);
    expect(out).toContain('body /id: expected an integer');
    expect(readFileSync(join(dir, 'r/t.xml'), 'utf8')).toContain('<failure message="expected an integer');
  });

  it.each([
    {
      given: 'a missing pact',
      args: ['pact', 'verify', 'nowhere.json'],
      env: {},
      want: 2,
      err: /no pact file or folder/,
    },
    {
      given: 'a URL target without a token',
      args: ['pact', 'verify', 'pacts', '--target', 'http://127.0.0.1:9'],
      env: {},
      want: 2,
      err: /CIRCLECI_TOKEN/,
    },
    {
      given: 'a bad target',
      args: ['pact', 'verify', 'pacts', '--target', 'nope'],
      env: {},
      want: 2,
      err: /argument 'nope' is invalid\. Expected mock or an http\(s\) URL\./,
    },
    {
      given: 'an unreachable target',
      args: ['pact', 'verify', 'pacts', '--target', 'http://127.0.0.1:9/api/v2'],
      env: { CIRCLECI_TOKEN: 't' },
      want: 3,
      err: /stopped early: cannot reach/,
    },
  ])('$given → exit $want', async ({ args, env, want, err: message }) => {
    const { code, err } = await run(args, env);
    expect(code).toBe(want);
    expect(err).toMatch(message);
  });

  it('--help shows an example', async () => {
    const { code, out } = await run(['pact', 'verify', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('$ circleci-kit pact verify pacts --target mock');
  });
});

describe('circleci-kit pact check-spec', () => {
  it('reports each mismatch with the interaction, the pact pointer and the spec location, exit 1', async () => {
    const pact = readPact();
    const me = currentUserInteraction(pact);
    me.response.matchingRules!.body!['$.id']!.matchers = [{ match: 'regex', regex: '^0000' }];
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ ...pact, interactions: [me] }));
    const { code, out } = await run(['pact', 'check-spec', 'strict.json', '--spec', CURRENT_SPEC]);
    expect(code).toBe(1);
    expect(out).toContain(`error ${join(dir, 'strict.json')}#/interactions/0/response/body/content/id`);
    expect(out).toContain('  interaction: getCurrentUser with a valid input');
    expect(out).toMatch(
      / {2}spec: \/paths\/~1me\/get\/responses\/200\/content\/application~1json\/schema\/properties\/id/,
    );
    expect(out).toMatch(/1 interactions checked: 1 errors/);
  });

  it('passes the interactions of a valid-input run, exit 0, and prints JSON', async () => {
    const pact = readPact();
    pact.interactions = [currentUserInteraction(pact)];
    writeFileSync(join(dir, 'valid.json'), JSON.stringify(pact));
    const { code, out, err } = await run(['pact', 'check-spec', 'valid.json', '--spec', CURRENT_SPEC, '--json']);
    expect(code, err).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ errors: 0 });
    expect(existsSync(join(dir, 'valid.json'))).toBe(true);
  });

  it('passes an undeclared 404 by default and reports it with --strict-status, exit 1', async () => {
    const claims = '/api/v2/org/5d8d7a8c-2a3b-4c5d-9e8f-0a1b2c3d4e5f/oidc-custom-claims';
    const notFound = {
      type: 'Synchronous/HTTP',
      description: 'claims of an unknown org',
      request: { method: 'GET', path: claims, headers: { 'circle-token': ['${CIRCLE_TOKEN}'] } },
      response: { status: 404 },
    };
    const pact = readPact();
    writeFileSync(join(dir, 'not-found.json'), JSON.stringify({ ...pact, interactions: [notFound] }));
    const lenient = await run(['pact', 'check-spec', 'not-found.json', '--spec', CURRENT_SPEC, '--json']);
    expect(lenient.code, lenient.err).toBe(0);
    expect(JSON.parse(lenient.out)).toMatchObject({ errors: 0, mismatches: [] });
    const strict = await run(['pact', 'check-spec', 'not-found.json', '--spec', CURRENT_SPEC, '--strict-status']);
    expect(strict.code, strict.err).toBe(1);
    expect(strict.out).toContain(`error ${join(dir, 'not-found.json')}#/interactions/0/response/status`);
    expect(strict.out).toContain('status 404 is not declared');
    expect(strict.out).toMatch(/1 interactions checked: 1 errors/);
  });
});
