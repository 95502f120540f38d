import { describe, expect, it } from 'vitest';
import { checkAgainstLog, parseLog, type Change } from '../../src/index.ts';

const log = await parseLog(`# Breaking Changes

## Dec 9, 2019
The \`workflow\` key in the [Get a pipeline](https://circleci.com/docs/api/v2/#get-a-pipeline) \`GET /pipeline/{pipeline-id}\` response is now deleted

## Nov 21, 2019
The \`workflow\` key in \`GET /pipeline/{pipeline-id}\` is deprecated and is scheduled to be deleted on Dec 9, 2019

## Nov 11, 2019
The \`/workflow/:workflow-id/jobs\` endpoint has been moved to \`/workflow/:workflow-id/job\`.

## Oct 1, 2019
- Cancelling a job is no longer a \`POST\` to \`/project/:project-slug/job/:jobnum\`.
- The [Get all checkout keys](https://circleci.com/docs/api/v2/#get-all-checkout-keys) response will be paginated
`);

function change(partial: Partial<Change> & Pick<Change, 'id'>): Change {
  return {
    level: 'error',
    direction: 'none',
    operation: {
      method: 'GET',
      path: '/pipeline/{pipeline-id}',
      operationId: 'getPipelineById',
      summary: 'Get a pipeline',
    },
    old: '/x',
    new: null,
    message: partial.id,
    subjects: [],
    ...partial,
  };
}

const workflowsRemoved = change({ id: 'response-optional-property-removed', level: 'warn', subjects: ['workflows'] });
const jobsMoved = change({
  id: 'operation-moved',
  operation: { method: 'GET', path: '/workflow/{id}/job', operationId: 'listWorkflowJobs' },
  otherPath: '/workflow/{id}/jobs',
});
const cancelMoved = change({
  id: 'operation-moved',
  operation: { method: 'POST', path: '/project/{project-slug}/job/{job-number}/cancel', operationId: 'cancelJob' },
  otherPath: '/project/{project-slug}/job/{job-number}',
});
const other = change({ id: 'operation-removed', operation: { method: 'GET', path: '/me', operationId: 'getMe' } });
const wrongField = change({ id: 'response-required-property-removed', subjects: ['state'] });
const checkoutKeys = change({
  id: 'response-property-type-changed',
  operation: {
    method: 'GET',
    path: '/project/{project-slug}/checkout-key',
    operationId: 'listCheckoutKeys',
    summary: 'Get all checkout keys',
  },
});

describe('checkAgainstLog', () => {
  it.each([
    {
      given: 'workflows removed on Dec 17, announced Nov 21 and Dec 9',
      change: workflowsRemoved,
      releaseDate: '2019-12-17',
      leadDays: 0,
      want: 'announced',
    },
    {
      given: 'workflows removed on Dec 6, before the date the log named',
      change: workflowsRemoved,
      releaseDate: '2019-12-06',
      leadDays: 0,
      want: 'early',
    },
    {
      given: 'route moved on Nov 11 (entry the same day)',
      change: jobsMoved,
      releaseDate: '2019-11-11',
      leadDays: 0,
      want: 'announced',
    },
    {
      given: 'route moved on Nov 11 with 7 lead days',
      change: jobsMoved,
      releaseDate: '2019-11-11',
      leadDays: 7,
      want: 'announced-late',
    },
    {
      given: 'route moved on Nov 1, entry dated Nov 11',
      change: jobsMoved,
      releaseDate: '2019-11-01',
      leadDays: 0,
      want: 'announced-late',
    },
    {
      given: 'cancel moved to /cancel (old path in the entry)',
      change: cancelMoved,
      releaseDate: '2019-10-16',
      leadDays: 0,
      want: 'announced',
    },
    {
      given: 'a route the log never names',
      change: other,
      releaseDate: '2019-12-17',
      leadDays: 0,
      want: 'unannounced',
    },
    {
      given: 'right route, a field the entries do not name',
      change: wrongField,
      releaseDate: '2019-12-17',
      leadDays: 0,
      want: 'unannounced',
    },
    {
      given: 'matched through the reference link anchor',
      change: checkoutKeys,
      releaseDate: '2019-10-24',
      leadDays: 0,
      want: 'announced',
    },
  ])('$given → $want', ({ change: c, releaseDate, leadDays, want }) => {
    const check = checkAgainstLog([c], log, { releaseDate, leadDays });
    const verdicts = (['announced', 'announced-late', 'early', 'unannounced'] as const).filter(
      (v) => check[v].length > 0,
    );
    expect(verdicts).toEqual([want]);
  });

  it('explains which words matched which part of the change', () => {
    const [checked] = checkAgainstLog([workflowsRemoved], log, { releaseDate: '2019-12-17' }).announced;
    expect(checked!.matches[0]!.evidence).toEqual([
      { entry: 'GET /pipeline/{pipeline-id}', change: 'GET /pipeline/{pipeline-id}' },
      { entry: 'link #get-a-pipeline', change: 'operation "Get a pipeline"' },
      { entry: 'workflow', change: 'workflows' },
    ]);
  });

  it('lists entries that match no change as not-seen, and leaves info changes unclassified', () => {
    const info = change({ ...jobsMoved, level: 'info' });
    const check = checkAgainstLog([info], log, { releaseDate: '2019-11-11' });
    expect(check.announced).toEqual([]);
    expect(check['not-seen'].map((entry) => entry.date)).toEqual([
      '2019-12-09',
      '2019-11-21',
      '2019-10-01',
      '2019-10-01',
    ]);
  });
});
