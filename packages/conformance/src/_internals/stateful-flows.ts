/**
 * The stateful flows, by the operation that starts each: a list of steps,
 * each a request built from the values earlier steps captured.
 */
import { sample } from '@circleci-kit/schema';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import type { FlowExpectation } from '../checks/stateful.ts';

/** Values captured along a flow. */
export type FlowVars = Record<string, unknown>;

/** One step of a flow. */
export interface FlowStep {
  operationId: string;
  /** The builder's params (camelCase keys, `body`). */
  params: (vars: FlowVars) => Record<string, unknown>;
  expect: (vars: FlowVars) => FlowExpectation;
  /** Reads values for later steps from the JSON body. */
  capture?: (json: unknown, vars: FlowVars) => void;
}

const PROJECT = 'gh/circleci-kit-conformance/flows';
/** A field of a JSON body; `undefined` when the body is no object or lacks it. */
const fieldOf = (json: unknown, name: string): unknown =>
  typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[name] : undefined;
/** The `items` of a list body; none when it has no array of them. */
const items = (json: unknown): unknown[] => {
  const list = fieldOf(json, 'items');
  return Array.isArray(list) ? list : [];
};
const success = (body?: FlowExpectation['body']): FlowExpectation => ({ status: 'success', body });
const same =
  (key: string, field = 'id') =>
  (vars: FlowVars) =>
    success({ holds: (json) => fieldOf(json, field) === vars[key], otherwise: `${field} is not the one created` });
const listed =
  (key: string, field = 'id', want = true) =>
  (vars: FlowVars) =>
    success({
      holds: (json) => items(json).some((item) => fieldOf(item, field) === vars[key]) === want,
      otherwise: want
        ? `the list does not contain the ${field} created`
        : `the list still contains the deleted ${field}`,
    });
const gone = (): FlowExpectation => ({ status: 'gone' });

function body(spec: LoadedSpec, operationId: string, seed: number): Record<string, unknown> {
  const schema = spec.operations.get(operationId)?.requestBody?.content['application/json']?.schema;
  if (schema === undefined) return {};
  return (sample(schema, seed, { direction: 'request', useExample: true }) ?? {}) as Record<string, unknown>;
}

/** The steps of the flow that starts with `operationId`, or `undefined` when none does. */
export function flowFor(spec: LoadedSpec, operationId: string, seed: number): FlowStep[] | undefined {
  const projectSlug = PROJECT;
  const createContext: FlowStep = {
    operationId: 'createContext',
    params: () => ({
      body: {
        name: 'conformance-context',
        owner: { id: '5e4f2a3c-1b2d-4e5f-8a9b-0c1d2e3f4a5b', type: 'organization' },
      },
    }),
    expect: () => success(),
    capture: (json, vars) => (vars.contextId = fieldOf(json, 'id')),
  };
  switch (operationId) {
    case 'triggerPipeline':
      return [
        {
          operationId: 'triggerPipeline',
          params: () => ({ projectSlug, body: body(spec, 'triggerPipeline', seed) }),
          expect: () => success(),
          capture: (json, vars) =>
            Object.assign(vars, { pipelineId: fieldOf(json, 'id'), pipelineNumber: fieldOf(json, 'number') }),
        },
        { operationId: 'getPipelineById', params: (v) => ({ pipelineId: v.pipelineId }), expect: same('pipelineId') },
        {
          operationId: 'getPipelineByNumber',
          params: (v) => ({ projectSlug, pipelineNumber: v.pipelineNumber }),
          expect: same('pipelineId'),
        },
        { operationId: 'listPipelinesForProject', params: () => ({ projectSlug }), expect: listed('pipelineId') },
        {
          operationId: 'listWorkflowsByPipelineId',
          params: (v) => ({ pipelineId: v.pipelineId }),
          expect: () => success({ holds: (json) => items(json).length > 0, otherwise: 'the pipeline has no workflow' }),
          capture: (json, vars) => (vars.workflowId = fieldOf(items(json)[0], 'id')),
        },
        { operationId: 'listWorkflowJobs', params: (v) => ({ id: v.workflowId }), expect: () => success() },
      ];
    case 'createContext':
      return [
        createContext,
        { operationId: 'getContext', params: (v) => ({ contextId: v.contextId }), expect: same('contextId') },
        { operationId: 'deleteContext', params: (v) => ({ contextId: v.contextId }), expect: () => success() },
        { operationId: 'getContext', params: (v) => ({ contextId: v.contextId }), expect: gone },
      ];
    case 'addEnvironmentVariableToContext': {
      const envVarName = 'CONFORMANCE_VARIABLE';
      const vars = (v: FlowVars) => ({ contextId: v.contextId });
      return [
        createContext,
        {
          operationId: 'addEnvironmentVariableToContext',
          params: (v) => ({ contextId: v.contextId, envVarName, body: { value: 'conformance' } }),
          expect: () => success(),
          capture: (_json, v) => (v.variable = envVarName),
        },
        { operationId: 'listEnvironmentVariablesFromContext', params: vars, expect: listed('variable', 'variable') },
        {
          operationId: 'deleteEnvironmentVariableFromContext',
          params: (v) => ({ contextId: v.contextId, envVarName }),
          expect: () => success(),
        },
        {
          operationId: 'listEnvironmentVariablesFromContext',
          params: vars,
          expect: listed('variable', 'variable', false),
        },
      ];
    }
    case 'createEnvVar': {
      const name = 'CONFORMANCE_VARIABLE';
      return [
        {
          operationId: 'createEnvVar',
          params: () => ({ projectSlug, body: { name, value: 'conformance' } }),
          expect: () => success(),
          capture: (json, v) => (v.name = fieldOf(json, 'name')),
        },
        { operationId: 'getEnvVar', params: () => ({ projectSlug, name }), expect: same('name', 'name') },
        { operationId: 'deleteEnvVar', params: () => ({ projectSlug, name }), expect: () => success() },
        { operationId: 'getEnvVar', params: () => ({ projectSlug, name }), expect: gone },
      ];
    }
    case 'createCheckoutKey': {
      const key = (v: FlowVars) => ({ projectSlug, fingerprint: v.fingerprint });
      return [
        {
          operationId: 'createCheckoutKey',
          params: () => ({ projectSlug, body: body(spec, 'createCheckoutKey', seed) }),
          expect: () => success(),
          capture: (json, v) => (v.fingerprint = fieldOf(json, 'fingerprint')),
        },
        { operationId: 'getCheckoutKey', params: key, expect: same('fingerprint', 'fingerprint') },
        { operationId: 'deleteCheckoutKey', params: key, expect: () => success() },
        { operationId: 'getCheckoutKey', params: key, expect: gone },
      ];
    }
    case 'createSchedule': {
      const id = (v: FlowVars) => ({ scheduleId: v.scheduleId });
      return [
        {
          operationId: 'createSchedule',
          params: () => ({ projectSlug, body: body(spec, 'createSchedule', seed) }),
          expect: () => success(),
          capture: (json, v) => (v.scheduleId = fieldOf(json, 'id')),
        },
        { operationId: 'getScheduleById', params: id, expect: same('scheduleId') },
        { operationId: 'deleteScheduleById', params: id, expect: () => success() },
        { operationId: 'getScheduleById', params: id, expect: gone },
      ];
    }
    case 'createWebhook': {
      const id = (v: FlowVars) => ({ webhookId: v.webhookId });
      return [
        {
          operationId: 'createWebhook',
          params: () => ({ body: body(spec, 'createWebhook', seed) }),
          expect: () => success(),
          capture: (json, v) => (v.webhookId = fieldOf(json, 'id')),
        },
        { operationId: 'getWebhookById', params: id, expect: same('webhookId') },
        { operationId: 'deleteWebhook', params: id, expect: () => success() },
        { operationId: 'getWebhookById', params: id, expect: gone },
      ];
    }
    default:
      return undefined;
  }
}
