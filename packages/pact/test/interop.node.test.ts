/**
 * Interop with the reference implementation, `@pact-foundation/pact`: the
 * pact a conformance run over every operation writes passes its Verifier
 * against the embedded mock, pacts written with its PactV4 DSL pass ours,
 * and tampered pacts fail in both.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MatchersV3, PactV4 } from '@pact-foundation/pact';
import { sendToPactMock, withRecordRetries } from '@circleci-kit/pact-js-support';
import { runConformance } from '@circleci-kit/conformance';
import {
  createPactWriter,
  verifyPact,
  type PactFile,
  type PactInteraction,
  type StateContext,
} from '@circleci-kit/pact';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { beforeAll, describe, expect, it } from 'vitest';
import { pactFoundationVerifies } from './support/pact-foundation-verifies.ts';
import { currentSpec } from './support/spec.ts';

process.env.PACT_DO_NOT_TRACK = 'true';

const SENTINEL = 'sentinel-token-7f3a9c01d2e4';
let spec: LoadedSpec;
let dir: string;
let pactPath: string;
let pact: PactFile;

beforeAll(async () => {
  spec = await currentSpec();
  dir = mkdtempSync(join(tmpdir(), 'circleci-kit-pact-'));
  const writer = createPactWriter({ dir, spec, consumer: 'conformance' });
  const report = await runConformance({ spec, runs: 5, seed: 1, token: SENTINEL, interactions: writer.record });
  expect(report.totals.failed).toBe(0);
  expect(report.operations).toHaveLength(110);
  pactPath = (await writer.flush()).path;
  pact = JSON.parse(readFileSync(pactPath, 'utf8')) as PactFile;
}, 120_000);

/** A copy of the pact with one interaction changed, written next to it. */
function tampered(name: string, change: (pact: PactFile) => void, only?: (description: string) => boolean): string {
  const copy = structuredClone(pact);
  if (only) copy.interactions = copy.interactions.filter((i) => only(String(i.description)));
  change(copy);
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(copy));
  return path;
}

describe('a conformance run over all 110 operations', () => {
  it('writes a V4 pact covering every operation, with no trace of the token', () => {
    expect(pact.metadata.pactSpecification.version).toBe('4.0');
    const operations = new Set(pact.interactions.map((i) => (i.comments as { operationId: string }).operationId));
    expect(operations.size).toBe(110);
    expect(pact.interactions.every((i) => i.type === 'Synchronous/HTTP')).toBe(true);
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file), 'utf8')).not.toContain(SENTINEL);
  });

  it('passes our verifier against the embedded mock', async () => {
    const report = await verifyPact(pact, { spec, target: 'mock' });
    expect(report.results.filter((r) => r.status !== 'passed')).toEqual([]);
  });

  it("passes @pact-foundation/pact's Verifier against the embedded mock", async ({ signal }) => {
    expect(await pactFoundationVerifies([pactPath], signal)).toBe(true);
  }, 120_000);
});

/** The interaction at `index` of a pact, an HTTP one in the pacts these tests write. */
const http = (pact: PactFile, index: number): PactInteraction => pact.interactions[index] as PactInteraction;
/** A body's JSON content, to edit. */
const content = (interaction: PactInteraction): Record<string, unknown> =>
  interaction.response.body!.content as Record<string, unknown>;

describe('a tampered pact fails in both verifiers', () => {
  const cases = [
    {
      name: 'status',
      only: (d: string) => d === 'getCurrentUser with a valid input',
      change: (p: PactFile) => void (http(p, 0).response.status = 201),
    },
    {
      name: 'regex',
      only: (d: string) => d === 'getCurrentUser with a valid input',
      change: (p: PactFile) =>
        void (http(p, 0).response.matchingRules!.body!['$.id']!.matchers = [{ match: 'regex', regex: '^x+$' }]),
    },
    {
      name: 'missing-field',
      only: (d: string) => d === 'getCurrentUser with a valid input',
      change: (p: PactFile) => void (content(http(p, 0)).no_such_field = 'x'),
    },
  ];
  it.for(cases)('$name', { timeout: 60_000 }, async ({ name, only, change }, { signal }) => {
    const path = tampered(name, change, only);
    const ours = await verifyPact(JSON.parse(readFileSync(path, 'utf8')) as PactFile, { spec, target: 'mock' });
    expect(ours.totals.failed).toBe(1);
    expect(await pactFoundationVerifies([path], signal)).toBe(false);
  });
});

describe('a pact written with PactV4', () => {
  let dslDir: string;
  beforeAll(async () => {
    dslDir = mkdtempSync(join(tmpdir(), 'circleci-kit-pactv4-'));
    const consumer = new PactV4({
      consumer: 'dsl-consumer',
      provider: 'circleci-api-v2',
      dir: dslDir,
      logLevel: 'error',
    });
    const { regex, uuid, integer, eachLike, like, datetime, string } = MatchersV3;
    await withRecordRetries(() =>
      consumer
        .addInteraction()
        .uponReceiving('the current user')
        .withRequest('GET', '/api/v2/me', (b) => b.headers({ 'Circle-Token': regex('^\\S+$', '${CIRCLE_TOKEN}') }))
        .willRespondWith(200, (b) =>
          b.jsonBody({
            id: uuid('5d8d7a8c-2a3b-4c5d-9e8f-0a1b2c3d4e5f'),
            login: string('octo'),
            name: like('Octo Cat'),
          }),
        )
        .executeTest(async (server) => {
          const { status, body } = await sendToPactMock(`${server.url}/api/v2/me`);
          expect(status).toBe(200);
          expect(JSON.parse(body)).toMatchObject({ login: 'octo', name: 'Octo Cat' });
        }),
    );
    await withRecordRetries(() =>
      consumer
        .addInteraction()
        .given('a pipeline was triggered', { projectSlug: 'gh/acme/api' })
        .uponReceiving('the pipelines of a project')
        .withRequest('GET', '/api/v2/project/gh/acme/api/pipeline', (b) =>
          b.headers({ 'Circle-Token': regex('^\\S+$', '${CIRCLE_TOKEN}') }),
        )
        .willRespondWith(200, (b) =>
          b.jsonBody({
            items: eachLike({
              id: uuid(),
              number: integer(1),
              created_at: datetime("yyyy-MM-dd'T'HH:mm:ss.SSSX", '2025-01-01T00:00:00.000Z'),
            }),
          }),
        )
        .executeTest(async (server) => {
          const { status, body } = await sendToPactMock(`${server.url}/api/v2/project/gh/acme/api/pipeline`);
          expect(status).toBe(200);
          expect(JSON.parse(body)).toMatchObject({ items: [{ number: 1 }] });
        }),
    );
  });

  const trigger = {
    'a pipeline was triggered': async (params: Readonly<Record<string, unknown>>, context: StateContext) => {
      await context.send({
        method: 'POST',
        path: `/api/v2/project/${String(params.projectSlug)}/pipeline`,
        body: { branch: 'main' },
      });
    },
  };

  it('passes our verifier against the embedded mock', async () => {
    const file = join(dslDir, readdirSync(dslDir)[0]!);
    const report = await verifyPact(JSON.parse(readFileSync(file, 'utf8')) as PactFile, {
      spec,
      target: 'mock',
      stateHandlers: trigger,
    });
    expect(report.results.map((r) => [r.description, r.status, r.mismatches])).toEqual([
      ['the current user', 'passed', []],
      ['the pipelines of a project', 'passed', []],
    ]);
  });

  it('fails our verifier once tampered', async () => {
    const file = join(dslDir, readdirSync(dslDir)[0]!);
    const dsl = JSON.parse(readFileSync(file, 'utf8')) as PactFile;
    http(dsl, 1).response.matchingRules!.body!['$.items']!.matchers[0]!.min = 5;
    content(http(dsl, 0)).login = 42;
    delete http(dsl, 0).response.matchingRules!.body!['$.login'];
    const report = await verifyPact(dsl, { spec, target: 'mock', stateHandlers: trigger });
    expect(report.results.map((r) => r.status)).toEqual(['failed', 'failed']);
  });
});
