import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { createClient } from '@circleci-kit/core-client';
import { startMockServer } from '@circleci-kit/mock-server';
import { loadSpec } from '@circleci-kit/spec-loader';
import { triggerAndWait } from '../../../docs/recipes/trigger-and-wait.ts';

type Mock = Awaited<ReturnType<typeof startMockServer>>;

describe('recipe: trigger a pipeline with parameters and wait for its workflows', () => {
  let mock: Mock;
  const token = 'recipe-token';
  const projectSlug = 'gh/acme/api';

  beforeAll(async () => {
    const spec = await loadSpec(locateFixture('specs/current/openapi.json'));
    mock = await startMockServer({ spec, tokens: [token], latencyMs: 0 });
  });
  afterAll(() => mock.close());

  /** Instead of sleeping, the recipe's wait moves the mock's virtual clock. */
  const waits: number[] = [];
  const advance = (ms: number): Promise<void> => {
    waits.push(ms);
    mock.state.advance(ms);
    return Promise.resolve();
  };

  it('triggers with parameters, polls until every workflow has settled, and reports them', async () => {
    mock.reset();
    waits.length = 0;
    const client = createClient({ token, baseUrl: mock.url });
    const result = await triggerAndWait(client, {
      projectSlug,
      branch: 'main',
      parameters: { deploy: true, region: 'eu-west-1' },
      intervalMs: 10_000,
      wait: advance,
    });

    expect(result.pipeline.number).toBe(1);
    // build: compile 30 s then test 60 s; deploy: held for an approval.
    expect(Object.fromEntries(result.workflows.map((workflow) => [workflow.name, workflow.status]))).toEqual({
      build: 'success',
      deploy: 'on_hold',
    });
    expect(result.succeeded).toBe(false);
    expect(waits).toEqual(Array(9).fill(10_000));
    const pipeline = mock.state.pipelines.get(result.pipeline.id);
    expect(pipeline?.branch).toBe('main');
    expect(pipeline?.parameters).toEqual({ deploy: true, region: 'eu-west-1' });
  });

  it('gives up when the workflows have not settled within the timeout', async () => {
    mock.reset();
    const client = createClient({ token, baseUrl: mock.url });
    await expect(
      triggerAndWait(client, {
        projectSlug,
        parameters: { deploy: true },
        settleOnHold: false,
        timeoutMs: 120_000,
        intervalMs: 30_000,
        wait: advance,
      }),
    ).rejects.toThrow(/pipeline 1 not settled after 120000 ms \(.*deploy: on_hold/);
  });

  it('waits through an approval and succeeds once it is given', async () => {
    mock.reset();
    const client = createClient({ token, baseUrl: mock.url });
    let approved = false;
    const approveThenAdvance = async (ms: number) => {
      mock.state.advance(ms);
      if (approved) return;
      const [pipeline] = (await client.listPipelinesForProject({ projectSlug })).data.items;
      for (const workflow of (await client.listWorkflowsByPipelineId({ pipelineId: pipeline!.id })).data.items) {
        for (const job of (await client.listWorkflowJobs({ id: workflow.id })).data.items) {
          if (job.type === 'approval' && job.status === 'on_hold') {
            await client.approvePendingApprovalJobById({
              id: workflow.id,
              approvalRequestId: job.approval_request_id!,
            });
            approved = true;
          }
        }
      }
    };
    const result = await triggerAndWait(client, {
      projectSlug,
      parameters: { deploy: true },
      settleOnHold: false,
      wait: approveThenAdvance,
    });
    expect(result.workflows.map((workflow) => workflow.status)).toEqual(['success', 'success']);
    expect(result.succeeded).toBe(true);
  });
});
