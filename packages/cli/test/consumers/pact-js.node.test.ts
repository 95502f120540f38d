/**
 * `consumerImpact` on pacts a real pact-js consumer test wrote (PactV4 DSL,
 * MatchersV3 matching rules), held against the small spec pairs of
 * consumer-specs.ts, and once through `breaking diff --pacts --format json`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffSpecs } from '@circleci-kit/breaking-changes';
import { readPacts, type LoadedPact, type PactFile, type PactInteraction } from '@circleci-kit/pact';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerImpact } from '../../src/index.ts';
import { folderWith } from '../support/breaking-fixtures.ts';
import { runInProcess } from '../support/run-breaking.ts';
import { specDocument, specPair, type SpecChanges } from './consumer-specs.ts';
import { writePactJsPacts } from './pact-js-consumer.ts';

let dir: string;
let pacts: LoadedPact[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'circleci-kit-pact-js-'));
  await writePactJsPacts(dir);
  pacts = readPacts(dir);
}, 60_000);

/** The pact-js pact of `consumer`. */
const pactOf = (consumer: string): PactFile => pacts.find(({ pact }) => pact.consumer.name === consumer)!.pact;
/** Its first interaction, an HTTP one. */
const first = (consumer: string): PactInteraction => pactOf(consumer).interactions[0] as PactInteraction;
/** The pacts of every consumer but `left`. */
const without = (...left: string[]) => pacts.filter(({ pact }) => !left.includes(pact.consumer.name));

async function impactOf(changes: SpecChanges, selected: readonly LoadedPact[] = pacts) {
  const { oldSpec, newSpec } = await specPair(changes);
  return consumerImpact({ oldSpec, newSpec, changes: diffSpecs(oldSpec, newSpec), pacts: selected });
}

const typeRule = { combine: 'AND', matchers: [{ match: 'type' }] };

describe('pacts written by pact-js', () => {
  it('are V4 pacts, one per consumer, holding the matching rules of MatchersV3', () => {
    expect(pacts.map(({ pact }) => [pact.consumer.name, pact.provider.name])).toEqual([
      ['branch-js', 'circleci'],
      ['ops-js', 'circleci'],
      ['state-regex-js', 'circleci'],
      ['state-type-js', 'circleci'],
      ['web-js', 'circleci'],
    ]);
    for (const { pact } of pacts) {
      expect(pact.metadata.pactSpecification.version).toBe('4.0');
      expect(pact.metadata['pact-js']).toEqual({ version: '16.5.0' });
      expect(pact.interactions.map((i) => i.type)).toEqual(['Synchronous/HTTP']);
    }
    expect(first('web-js').request).toMatchObject({ method: 'GET', path: '/api/v2/me' });
    expect(first('web-js').response).toMatchObject({
      status: 200,
      body: { content: { id: 'u1', login: 'ada' }, contentType: 'application/json', encoded: false },
      matchingRules: { body: { '$.id': typeRule, '$.login': typeRule } },
    });
    expect(first('state-type-js').response.matchingRules?.body).toEqual({ '$.id': typeRule, '$.state': typeRule });
    expect(first('state-regex-js').response.matchingRules?.body).toEqual({
      '$.id': typeRule,
      '$.state': { combine: 'AND', matchers: [{ match: 'regex', regex: '^created$' }] },
    });
    expect(first('ops-js').request).toMatchObject({ method: 'DELETE', path: '/api/v2/widgets/w1' });
    expect(first('branch-js').request.query).toEqual({ branch: ['Main'] });
  });

  it('all hold against the old spec: with no change, every consumer is safe', async () => {
    const impact = await impactOf({});
    expect(impact.changes).toEqual([]);
    expect(impact.consumerFindings).toEqual([]);
    expect(impact.consumers.map((c) => [c.consumer, c.status])).toEqual([
      ['branch-js', 'safe'],
      ['ops-js', 'safe'],
      ['state-regex-js', 'safe'],
      ['state-type-js', 'safe'],
      ['web-js', 'safe'],
    ]);
  });
});

describe('consumerImpact on pact-js pacts', () => {
  it('names the pact-js consumer a break reaches, and finds its interaction broken by that rule', async () => {
    const impact = await impactOf({ dropLogin: true });
    expect(impact.changes).toMatchObject([
      { id: 'response-required-property-removed', consumers: ['web-js'], interactions: ['get me'] },
    ]);
    expect(impact.consumerFindings).toEqual([
      {
        consumer: 'web-js',
        interaction: 'get me',
        reason: expect.stringContaining('login'),
        rules: ['response-required-property-removed'],
        gap: false,
      },
    ]);
    expect(impact.consumers.map((c) => [c.consumer, c.status])).toEqual([
      ['branch-js', 'safe'],
      ['ops-js', 'safe'],
      ['state-regex-js', 'safe'],
      ['state-type-js', 'safe'],
      ['web-js', 'broken'],
    ]);
  });

  it('gives a break no pact-js interaction calls no consumer', async () => {
    const impact = await impactOf({ dropWidgets: true }, without('ops-js'));
    expect(impact.changes).toMatchObject([{ id: 'operation-removed', consumers: [], interactions: [] }]);
    expect(impact.consumerFindings).toEqual([]);
    expect(impact.consumers.map((c) => c.status)).toEqual(['safe', 'safe', 'safe', 'safe']);
  });

  it("lets pact-js's matchers decide: like() tolerates a new enum value, regex() does not", async () => {
    const impact = await impactOf({ addState: true });
    expect(impact.changes).toMatchObject([
      {
        id: 'response-enum-value-added',
        consumers: ['state-regex-js', 'state-type-js'],
        interactions: ['get pipeline', 'get pipeline'],
      },
    ]);
    expect(impact.consumerFindings).toMatchObject([
      { consumer: 'state-regex-js', interaction: 'get pipeline', rules: ['response-enum-value-added'], gap: false },
    ]);
    expect(impact.consumers).toEqual([
      { consumer: 'branch-js', status: 'safe', breakingChanges: [], brokenInteractions: [] },
      { consumer: 'ops-js', status: 'safe', breakingChanges: [], brokenInteractions: [] },
      {
        consumer: 'state-regex-js',
        status: 'broken',
        breakingChanges: ['response-enum-value-added'],
        brokenInteractions: ['get pipeline'],
      },
      {
        consumer: 'state-type-js',
        status: 'affected',
        breakingChanges: ['response-enum-value-added'],
        brokenInteractions: [],
      },
      { consumer: 'web-js', status: 'safe', breakingChanges: [], brokenInteractions: [] },
    ]);
  });

  it('reaches the pact-js caller of a moved operation through its old route, and ties its break to the move', async () => {
    const impact = await impactOf({ moveWidgets: true });
    expect(impact.changes).toMatchObject([
      { id: 'operation-moved', consumers: ['ops-js'], interactions: ['delete a widget'] },
    ]);
    expect(impact.consumerFindings).toEqual([
      {
        consumer: 'ops-js',
        interaction: 'delete a widget',
        reason: expect.stringContaining('no operation of the spec answers DELETE /api/v2/widgets/w1'),
        rules: ['operation-moved'],
        gap: false,
      },
    ]);
    expect(impact.consumers.filter((c) => c.status !== 'safe')).toMatchObject([
      { consumer: 'ops-js', status: 'broken', brokenInteractions: ['delete a widget'] },
    ]);
  });

  it('reads the query pact-js writes: a tightened query parameter reaches the request that sends it', async () => {
    const impact = await impactOf({ branchPattern: '^[a-z]+$' });
    expect(impact.changes).toMatchObject([
      { id: 'request-pattern-tightened', consumers: ['branch-js'], interactions: ['get a pipeline by branch'] },
    ]);
    // The request was answered 404: a refused request is not held to the spec, so nothing breaks.
    expect(impact.consumerFindings).toEqual([]);
    expect(impact.consumers.filter((c) => c.status !== 'safe')).toEqual([
      {
        consumer: 'branch-js',
        status: 'affected',
        breakingChanges: ['request-pattern-tightened'],
        brokenInteractions: [],
      },
    ]);
  });
});

describe('breaking diff --pacts on a pact-js folder', () => {
  it('adds the pact-js consumers to the JSON report', async () => {
    const specs = folderWith({ 'old.json': specDocument(), 'new.json': specDocument({ dropLogin: true }) });
    const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'pact-js-cache-')) };
    const run = await runInProcess(env, [
      'diff',
      join(specs, 'old.json'),
      join(specs, 'new.json'),
      '--pacts',
      dir,
      '--format',
      'json',
    ]);
    expect(run.code, run.err).toBe(1);
    expect(JSON.parse(run.out)).toMatchObject({
      changes: [{ id: 'response-required-property-removed', consumers: ['web-js'], interactions: ['get me'] }],
      consumerFindings: [
        { consumer: 'web-js', interaction: 'get me', rules: ['response-required-property-removed'], gap: false },
      ],
      consumers: [
        { consumer: 'branch-js', status: 'safe' },
        { consumer: 'ops-js', status: 'safe' },
        { consumer: 'state-regex-js', status: 'safe' },
        { consumer: 'state-type-js', status: 'safe' },
        { consumer: 'web-js', status: 'broken', brokenInteractions: ['get me'] },
      ],
    });
  });
});
