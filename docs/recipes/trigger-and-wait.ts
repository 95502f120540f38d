import type { CircleCIClient, PageItem } from '@circleci-kit/core-client';

/** A workflow as `listWorkflowsByPipelineId` lists it. */
export type Workflow = PageItem<'listWorkflowsByPipelineId'>;

/** Statuses after which a workflow changes no more (`failing` still has jobs running). */
export const TERMINAL_STATUSES: ReadonlySet<string> = new Set([
  'success',
  'failed',
  'error',
  'canceled',
  'unauthorized',
  'not_run',
]);

export interface TriggerAndWaitOptions {
  projectSlug: string;
  branch?: string;
  /** Pipeline parameters, as declared under `parameters:` in the project's config. */
  parameters?: Record<string, string | number | boolean>;
  /** Give up after this much waiting, in milliseconds. Default: 30 minutes. */
  timeoutMs?: number;
  /** Time between two polls, in milliseconds. Default: 10 seconds. */
  intervalMs?: number;
  /** Whether a workflow waiting for an approval (`on_hold`) counts as settled. Default: true. */
  settleOnHold?: boolean;
  /** How to wait between polls. Default: a real timer; tests pass one that moves a virtual clock. */
  wait?: (ms: number) => Promise<void>;
}

export interface TriggerAndWaitResult {
  pipeline: { id: string; number: number };
  workflows: Workflow[];
  /** True when every workflow ended in `success`. */
  succeeded: boolean;
}

/**
 * Triggers a pipeline with parameters, then polls its workflows until every
 * one has settled (a terminal status, or `on_hold` for an approval), or the
 * timeout runs out.
 */
export async function triggerAndWait(
  client: CircleCIClient,
  options: TriggerAndWaitOptions,
): Promise<TriggerAndWaitResult> {
  const {
    projectSlug,
    timeoutMs = 30 * 60_000,
    intervalMs = 10_000,
    settleOnHold = true,
    wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  } = options;
  const { data: pipeline } = await client.triggerPipeline({
    projectSlug,
    body: {
      ...(options.branch === undefined ? {} : { branch: options.branch }),
      ...(options.parameters === undefined ? {} : { parameters: options.parameters }),
    },
  });

  const settled = (workflow: Workflow) =>
    TERMINAL_STATUSES.has(workflow.status) || (settleOnHold && workflow.status === 'on_hold');

  for (let waited = 0; ; waited += intervalMs) {
    const workflows: Workflow[] = [];
    for await (const workflow of client.paginate('listWorkflowsByPipelineId', { pipelineId: pipeline.id })) {
      workflows.push(workflow);
    }
    // A pipeline that was just created may list no workflow yet: keep polling.
    if (workflows.length > 0 && workflows.every(settled)) {
      const succeeded = workflows.every((workflow) => workflow.status === 'success');
      return { pipeline: { id: pipeline.id, number: pipeline.number }, workflows, succeeded };
    }
    if (waited + intervalMs > timeoutMs) {
      const states = workflows.map((workflow) => `${workflow.name}: ${workflow.status}`).join(', ') || 'no workflow';
      throw new Error(`pipeline ${pipeline.number} not settled after ${timeoutMs} ms (${states})`);
    }
    await wait(intervalMs);
  }
}
