import { createValidators, operationArbitrary } from '@circleci-kit/schema';
import { startMockServer, type MockServer } from '@circleci-kit/mock-server';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainRequest, send } from './support/plain-request.ts';
import { currentSpec } from './support/spec.ts';

/** Operations that look an id up in the mock's state: a generated id is unknown, so 404 is right. */
const LOOKUPS = new Set([
  'getPipelineById',
  'getPipelineByNumber',
  'listWorkflowsByPipelineId',
  'getWorkflowById',
  'listWorkflowJobs',
  'cancelWorkflow',
  'rerunWorkflow',
  'approvePendingApprovalJobById',
  'getJobDetails',
  'cancelJobByJobNumber',
  'getContext',
  'deleteContext',
  'listEnvironmentVariablesFromContext',
  'addEnvironmentVariableToContext',
  'deleteEnvironmentVariableFromContext',
  'getEnvVar',
  'deleteEnvVar',
  'getCheckoutKey',
  'deleteCheckoutKey',
  'getScheduleById',
  'updateSchedule',
  'deleteScheduleById',
  'getWebhookById',
  'updateWebhook',
  'deleteWebhook',
  'removeURLOrbAllowListEntry',
  'deleteContextRestriction',
  'getGroup',
  'deleteGroup',
  'getUsageExport',
  'getPipelineDefinition',
  'updatePipelineDefinition',
  'deletePipelineDefinition',
  'getTrigger',
  'updateTrigger',
  'deleteTrigger',
  'GetDecisionLog',
  'GetPolicyDocument',
]);

let spec: LoadedSpec;
let mock: MockServer;
beforeAll(async () => {
  spec = await currentSpec();
  mock = await startMockServer({ spec, seed: 11 });
});
afterAll(() => mock.close());

describe('every operation of the current spec', () => {
  it('has 110 operations', () => expect(spec.operations.size).toBe(110));

  it('answers valid generated requests with responses the schema validators accept', async () => {
    const validators = createValidators(spec);
    const problems: string[] = [];
    for (const operation of spec.operations.values()) {
      await fc.assert(
        fc.asyncProperty(operationArbitrary(operation), async (input) => {
          // A page token is opaque and issued by the server: a generated one is rightly refused (400).
          delete input.query['page-token'];
          const request = plainRequest(mock.url, operation, input);
          const response = await send(request);
          const id = operation.operationId;
          const expected = LOOKUPS.has(id) ? [404] : [];
          if (!(response.status >= 200 && response.status < 300) && !expected.includes(response.status)) {
            problems.push(
              `${id} ${request.method} ${request.url} → ${response.status} ${JSON.stringify(response.body)}`,
            );
            return;
          }
          const validate = validators.response(id, response.status);
          const result = validate === undefined ? { valid: response.body === undefined } : validate(response.body);
          if (!result.valid) problems.push(`${id} → ${response.status}: ${JSON.stringify(result)}`);
        }),
        { seed: 20251017, numRuns: 3 },
      );
    }
    expect(problems).toEqual([]);
  });
});
