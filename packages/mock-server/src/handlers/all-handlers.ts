/**
 * The stateful handlers by operationId; every other operation answers its
 * pre-rendered sample (paged when it takes `page-token`).
 */
import * as contexts from './contexts.ts';
import type { Handler } from './handler.ts';
import * as pipelines from './pipelines.ts';
import * as policyBundles from './policy-bundles.ts';
import * as projectSettings from './project-settings.ts';
import * as schedules from './schedules.ts';
import * as webhooks from './webhooks.ts';
import * as workflows from './workflows.ts';

const { createPipeline: _create, ...pipelineHandlers } = pipelines;

/** Handlers of the operations that keep state, by operationId. */
export const allHandlers: ReadonlyMap<string, Handler> = new Map<string, Handler>(
  Object.entries({
    ...pipelineHandlers,
    ...workflows,
    ...contexts,
    ...projectSettings,
    ...schedules,
    ...webhooks,
    ...policyBundles,
  }),
);
