import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { loadSpec } from '@circleci-kit/spec-loader';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { breakingReport, catalogue, checkAgainstLog, diffSpecs, parseLog, type BreakingReport } from '../src/index.ts';
import { document, load } from './support/openapi-31.ts';

const history = locateFixture('specs/history');
const logFile = locateFixture('fixtures/breaking-log/breaking.md');
const schema = JSON.parse(readFileSync(new URL('../report.schema.json', import.meta.url), 'utf8')) as {
  $defs: { change: { properties: { id: { enum: string[] } } } };
};
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** Consecutive published versions of late 2019 (release date = the date in the file name). */
const versions = [
  '2019-10-01',
  '2019-10-02',
  '2019-10-08',
  '2019-10-09',
  '2019-10-15',
  '2019-10-16',
  '2019-10-21',
  '2019-10-22',
  '2019-10-23',
  '2019-10-23b',
  '2019-10-24',
  '2019-11-07',
  '2019-11-08',
  '2019-11-11',
  '2019-11-22',
  '2019-12-02',
  '2019-12-06',
];
const reports: Array<{ step: string; report: BreakingReport }> = [];

function errorsOf(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

beforeAll(async () => {
  const log = await parseLog(readFileSync(logFile, 'utf8'));
  const cacheDir = join(tmpdir(), 'circleci-kit-test-cache');
  const load = (version: string) =>
    loadSpec(join(history, `circleci-v2-${version}.json`), { mode: 'lenient', cacheDir });
  for (const [index, version] of versions.entries()) {
    if (index === 0) continue;
    const from = versions[index - 1]!;
    const changes = diffSpecs(await load(from), await load(version));
    const check = checkAgainstLog(changes, log, { releaseDate: version.slice(0, 10) });
    reports.push({ step: `${from} → ${version}`, report: breakingReport(changes, check) });
  }
  reports.push({
    step: 'no log',
    report: breakingReport(diffSpecs(await load('2019-12-02'), await load('2019-12-06'))),
  });
}, 120_000);

describe('report.schema.json', () => {
  it('accepts the JSON of real diffs of consecutive versions held against the log', () => {
    const invalid = reports.flatMap(({ step, report }) =>
      errorsOf(JSON.parse(JSON.stringify(report))).map((error) => `${step}: ${error}`),
    );
    expect(invalid).toEqual([]);
  });

  it('was exercised on every verdict, on not-seen entries and on evidence', () => {
    const lists = ['announced', 'announced-late', 'early', 'unannounced', 'not-seen'] as const;
    const filled = lists.filter((list) => reports.some(({ report }) => report.log[list].length > 0));
    expect(filled).toEqual(lists);
    const evidence = reports.flatMap(({ report }) =>
      report.log.announced.flatMap((checked) => checked.matches.flatMap((match) => match.evidence)),
    );
    expect(evidence.length).toBeGreaterThan(0);
  });

  it('accepts the JSON of a diff of 3.1 documents with webhook changes', async () => {
    const payload = (id: unknown) => ({
      post: {
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { id } } } } },
        responses: { '200': { description: 'received' } },
      },
    });
    const old = await load(document({ webhooks: { jobDone: payload({ type: 'string' }), jobStarted: payload({}) } }));
    const next = await load(document({ webhooks: { jobDone: payload({ type: ['string', 'null'] }) } }));
    const changes = diffSpecs(old, next);
    expect(changes.map((change) => change.id).sort()).toEqual(['response-property-became-nullable', 'webhook-removed']);
    expect(errorsOf(JSON.parse(JSON.stringify(breakingReport(changes))))).toEqual([]);
  });

  it('lists every rule id of the catalogue, and no other', () => {
    expect(schema.$defs.change.properties.id.enum).toEqual(catalogue.map((rule) => rule.id).sort());
  });

  it.each([
    {
      given: 'a change without its level',
      edit: (report: BreakingReport) => delete (report.changes[0] as Partial<BreakingReport['changes'][0]>).level,
      want: "/changes/0 must have required property 'level'",
    },
    {
      given: 'a verdict filed under another list',
      edit: (report: BreakingReport) => (report.log.announced[0]!.verdict = 'early'),
      want: '/log/announced/0/verdict must be equal to constant',
    },
    {
      given: 'an announced change with no evidence',
      edit: (report: BreakingReport) => (report.log.announced[0]!.matches[0]!.evidence = []),
      want: '/log/announced/0/matches/0/evidence must NOT have fewer than 1 items',
    },
    {
      given: 'a log entry with a made-up field',
      edit: (report: BreakingReport) => Object.assign(report.log['not-seen'][0]!, { routes: [] }),
      want: '/log/not-seen/0 must NOT have additional properties',
    },
    {
      given: 'an unknown rule id',
      edit: (report: BreakingReport) => (report.changes[0]!.id = 'operation-vanished'),
      want: '/changes/0/id must be equal to one of the allowed values',
    },
  ])('rejects $given', ({ edit, want }) => {
    const { report } = reports.find(
      ({ report }) => report.log.announced.length > 0 && report.log['not-seen'].length > 0,
    )!;
    const broken = JSON.parse(JSON.stringify(report)) as BreakingReport;
    edit(broken);
    expect(errorsOf(broken)).toContain(want);
  });
});
