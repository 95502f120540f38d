import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { beforeAll, describe, expect, it } from 'vitest';
import { listHistory, readLogHistory, replayHistory, type ReplayResult } from '../../src/index.ts';

const specs = locateFixture('specs/history');
const logs = locateFixture('fixtures/breaking-log/history');

describe('listHistory', () => {
  it('orders the 109 versions by the INDEX.tsv date, same-day versions by name', () => {
    const versions = listHistory(specs);
    expect(versions).toHaveLength(109);
    expect(versions.slice(15, 17).map((v) => v.file)).toEqual([
      'circleci-v2-2019-10-23.json',
      'circleci-v2-2019-10-23b.json',
    ]);
    expect(versions.at(-1)).toEqual({ file: 'circleci-v2-2025-10-17.json', date: '2025-10-17' });
  });
});

describe('replayHistory against the log as published at each date', () => {
  let result: ReplayResult;
  beforeAll(async () => {
    result = await replayHistory(specs, {
      logHistory: await readLogHistory(logs),
      cacheDir: join(tmpdir(), 'circleci-kit-test-cache'),
    });
  }, 120_000);

  // Checked by hand against the spec files and the log revisions (see README, "Replaying 2019").
  it.each([
    {
      given: '2019-10-02 cancelJob moved under /job/, never announced',
      file: 'circleci-v2-2019-10-02.json',
      id: 'operation-moved',
      want: 'unannounced',
    },
    {
      given: '2019-10-08 checkout key `time` → `created-at`',
      file: 'circleci-v2-2019-10-08.json',
      id: 'response-required-property-removed',
      want: 'unannounced',
    },
    {
      given: '2019-10-15 start_time removed, logged on Oct 17',
      file: 'circleci-v2-2019-10-15.json',
      id: 'response-required-property-removed',
      want: 'announced-late',
    },
    {
      given: '2019-10-16 cancel moved to /cancel, logged on Oct 17',
      file: 'circleci-v2-2019-10-16.json',
      id: 'operation-moved',
      want: 'announced-late',
    },
    {
      given: '2019-10-23b checkout key 202 → 201',
      file: 'circleci-v2-2019-10-23b.json',
      id: 'success-status-changed',
      want: 'unannounced',
    },
    {
      given: '2019-10-24 paginated checkout keys and env vars, proposed Oct 21',
      file: 'circleci-v2-2019-10-24.json',
      id: 'response-property-type-changed',
      want: 'announced',
    },
    {
      given: '2019-11-06b trigger pipeline 202 → 201',
      file: 'circleci-v2-2019-11-06b.json',
      id: 'success-status-changed',
      want: 'unannounced',
    },
    {
      given: '2019-11-08 `workflows` optional, proposed Nov 5',
      file: 'circleci-v2-2019-11-08.json',
      id: 'response-property-became-optional',
      want: 'announced',
    },
    {
      given: '2019-11-11 /jobs → /job, log says removal on Nov 18',
      file: 'circleci-v2-2019-11-11.json',
      id: 'operation-moved',
      want: 'early',
    },
    {
      given: '2019-12-06 `workflows` removed, log says Dec 9',
      file: 'circleci-v2-2019-12-06.json',
      id: 'response-optional-property-removed',
      want: 'early',
    },
  ])('$given → $want', ({ file, id, want }) => {
    const step = result.steps.find((s) => s.to.file === file)!;
    const verdicts = (['announced', 'announced-late', 'early', 'unannounced'] as const).flatMap((verdict) =>
      step.check![verdict].filter((checked) => checked.change.id === id).map(() => verdict),
    );
    expect(verdicts.length).toBeGreaterThan(0);
    expect(new Set(verdicts)).toEqual(new Set([want]));
  });

  it('has one step per consecutive pair', () => {
    expect(result.steps).toHaveLength(108);
  });
});
