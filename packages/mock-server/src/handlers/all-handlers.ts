/**
 * The stateful handlers by operationId; every other operation answers its
 * pre-rendered sample (paged when it takes `page-token`).
 */
import * as contexts from './contexts.js';
import type { Handler } from './handler.js';
import * as pipelines from './pipelines.js';
import * as policyBundles from './policy-bundles.js';
import * as projectSettings from './project-settings.js';
import * as schedules from './schedules.js';
import * as webhooks from './webhooks.js';
import * as workflows from './workflows.js';

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
