/**
 * Properties over every operation against the running mock: each response
 * field an echo rule maps holds the request's value, and each id a create
 * returns routes on every operation that takes it, reads back in its lists,
 * and is gone after its DELETE.
 *
 * The expected values are worked out here from the request alone (the slug
 * parts with `@circleci-kit/slug`), not with the mock's own echo code.
 */
import { compileValidator, operationArbitrary, type OperationInput } from '@circleci-kit/schema';
import { startMockServer, deriveEchoRules, type EchoRule, type MockServer } from '@circleci-kit/mock-server';
import { parseOrgSlug, parseProjectSlug, UUID_PATTERN } from '@circleci-kit/slug';
import type { LoadedSpec, OperationInfo } from '@circleci-kit/spec-loader';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainRequest, send } from './support/plain-request.ts';
import { currentSpec } from './support/spec.ts';

let spec: LoadedSpec;
let mock: MockServer;
beforeAll(async () => {
  spec = await currentSpec();
  mock = await startMockServer({ spec, seed: 5 });
});
afterAll(() => mock.close());

const VCS_NAMES: Record<string, string> = { gh: 'github', bb: 'bitbucket', circleci: 'circleci' };

/** What a rule's field must hold for a request, from first principles; `undefined` when the request does not say. */
function expectedValue(rule: EchoRule, input: OperationInput): unknown {
  const given = (rule.location === 'path' ? input.pathParams : input.query)[rule.parameter];
  if (given === undefined) return undefined;
  if (rule.slug === undefined) return given;
  const text = typeof given === 'string' ? given : JSON.stringify(given);
  if (rule.slug === 'org-or-id' && UUID_PATTERN.test(text)) {
    return rule.part === 'org-id' ? text.toLowerCase() : rule.part === 'value' ? text : undefined;
  }
  const [vcs, org, project] =
    rule.slug === 'project' ? parseProjectSlug(text).slug.split('/') : parseOrgSlug(text).slug.split('/');
  const named = vcs !== 'circleci';
  const parts: Record<string, unknown> = {
    value: project === undefined ? `${vcs}/${org}` : `${vcs}/${org}/${project}`,
    slug: project === undefined ? `${vcs}/${org}` : `${vcs}/${org}/${project}`,
    vcs: VCS_NAMES[vcs!],
    'org-slug': `${vcs}/${org}`,
    'org-name': named ? org : undefined,
    'org-id': named ? undefined : org,
    'project-name': named ? project : undefined,
    'project-id': named ? undefined : project,
    'repo-url': named
      ? `${vcs === 'gh' ? 'https://github.com' : 'https://bitbucket.org'}/${org}/${project}`
      : undefined,
  };
  return parts[rule.part];
}

/** Every value at a field path (`[]` steps into each item); none when a parent is missing. */
function valuesAt(body: unknown, path: readonly string[]): Array<{ present: boolean; value: unknown }> {
  if (path.length === 0) return [{ present: true, value: body }];
  if (body === null || typeof body !== 'object') return [];
  const [step, ...rest] = path as readonly [string, ...string[]];
  if (step === '[]') return Array.isArray(body) ? body.flatMap((item) => valuesAt(item, rest)) : [];
  const record = body as Record<string, unknown>;
  if (rest.length === 0) return [{ present: step in record, value: record[step] }];
  return valuesAt(record[step], rest);
}

const fieldValidators = new Map<EchoRule['schema'], ReturnType<typeof compileValidator>>();
const fits = (rule: EchoRule, value: unknown): boolean => {
  let validate = fieldValidators.get(rule.schema);
  if (validate === undefined)
    fieldValidators.set(rule.schema, (validate = compileValidator(rule.schema, { direction: 'response' })));
  return validate(value).valid;
};

/** The echo failures of one answer; `checked` counts the fields compared. */
function echoProblems(
  operation: OperationInfo,
  input: OperationInput,
  body: unknown,
): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  for (const rule of deriveEchoRules(operation)) {
    const expected = expectedValue(rule, input);
    if (expected === undefined || !fits(rule, expected)) continue;
    for (const { present, value } of valuesAt(body, rule.field)) {
      checked++;
      const same =
        typeof expected === 'string' && typeof value === 'string' && rule.schema.enum !== undefined
          ? expected.toLowerCase() === value.toLowerCase()
          : JSON.stringify(value) === JSON.stringify(expected);
      if (!present || !same) {
        problems.push(
          `${operation.operationId} ${rule.field.join('.')}: ${JSON.stringify(value)} ≠ ${JSON.stringify(expected)} (${rule.parameter})`,
        );
      }
    }
  }
  return { problems, checked };
}

const sampleInput = (operation: OperationInfo, seed: number): OperationInput =>
  fc.sample(operationArbitrary(operation), { seed, numRuns: 1 })[0]!;

async function call(operation: OperationInfo, input: OperationInput) {
  const response = await send(plainRequest(mock.url, operation, input));
  return response as { status: number; body: unknown };
}

describe('the echo property', () => {
  it('every field an echo rule maps holds the request value, for generated requests to every operation', async () => {
    const problems: string[] = [];
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer(), async (seed) => {
        for (const operation of spec.operations.values()) {
          const input = sampleInput(operation, seed);
          delete input.query['page-token'];
          const response = await call(operation, input);
          if (response.status >= 300) continue;
          const found = echoProblems(operation, input, response.body);
          problems.push(...found.problems);
          checked += found.checked;
        }
      }),
      { seed: 4242, numRuns: 3 },
    );
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });
});

/** Everything one run creates, by the parameter names that take it. */
type World = Record<string, unknown>;

const slugName = fc.stringMatching(/^[a-z][a-z0-9-]{1,14}$/);

describe('the routability property', () => {
  const op = (id: string): OperationInfo => spec.operations.get(id)!;

  /** Sends an operation with generated values, the world's values in every parameter that takes one, and `body` over the generated body. */
  async function sendWith(id: string, world: World, seed: number, body?: Record<string, unknown>) {
    const operation = op(id);
    let input = sampleInput(operation, seed);
    // An optional body may be drawn absent; the overrides need one to go over.
    for (let k = 1; body !== undefined && input.body === undefined && k < 50; k++)
      input = sampleInput(operation, seed + k);
    delete input.query['page-token'];
    for (const p of operation.parameters.path)
      if (world[p.name] !== undefined) input.pathParams[p.name] = world[p.name];
    for (const p of operation.parameters.query) {
      if (world[p.name] === null) delete input.query[p.name];
      else if (world[p.name] !== undefined) input.query[p.name] = world[p.name];
    }
    if (body !== undefined) input.body = { ...(input.body as object), ...body };
    const response = await call(operation, input);
    return { operation, input, ...response };
  }

  /** Creates one of everything the API can create, each inside the ones before. */
  async function build(
    names: { org: string; project: string; variable: string; vcs: string },
    seed: number,
  ): Promise<World> {
    // Query values fixed so filters keep what was made: the pipeline's branch, a policy push that is not a dry run.
    const world: World = {
      context: 'config',
      'workflow-name': 'build',
      'scope-type': 'project',
      branch: 'main',
      dry: false,
    };
    /** The fields of created things that the world reads. */
    interface Created {
      id: string;
      slug: string;
      name: string;
      fingerprint: string;
      number: number;
      usage_export_job_id: string;
      items: unknown[];
    }
    const created = async (id: string, body?: Record<string, unknown>): Promise<Created> => {
      const response = await sendWith(id, world, seed, body);
      expect({ id, status: response.status }).toEqual({ id, status: expect.any(Number) });
      expect(response.status, `${id} → ${JSON.stringify(response.body)}`).toBeLessThan(300);
      return response.body as Created;
    };
    const org = await created('createOrganization', { name: names.org, vcs_type: names.vcs });
    expect(org.id).toMatch(UUID_PATTERN);
    for (const key of ['org-slug-or-id', 'org_id', 'orgID', 'ownerID', 'org-id', 'owner-id']) world[key] = org.id;
    // Contexts are listed by owner id here; `owner-slug` is its alternative, so it is left out.
    world['org-slug'] = org.slug;
    world['owner-slug'] = null;
    const project = await created('createProject', { name: names.project });
    const [provider, organization, name] = project.slug.split('/');
    Object.assign(world, { 'project-slug': project.slug, provider, organization, project: name });
    for (const key of ['project_id', 'projectID', 'project-id', 'scope-id']) world[key] = project.id;
    world.context_id = (
      await created('createContext', { name: `${names.project}-deploy`, owner: { id: org.id, type: 'organization' } })
    ).id;
    world.env_var_name = names.variable;
    await created('addEnvironmentVariableToContext', { value: 'context-secret' });
    world.restriction_id = (
      await created('createContextRestriction', { restriction_type: 'project', restriction_value: project.id })
    ).id;
    world.name = (await created('createEnvVar', { name: names.variable, value: 'project-secret' })).name;
    world.fingerprint = (await created('createCheckoutKey', { type: 'deploy-key' })).fingerprint;
    world['schedule-id'] = (await created('createSchedule')).id;
    world['webhook-id'] = (await created('createWebhook', { scope: { id: project.id, type: 'project' } })).id;
    const pipeline = await created('triggerPipeline', { branch: 'main' });
    world['pipeline-id'] = pipeline.id;
    world['pipeline-number'] = pipeline.number;
    const workflows = (await created('listWorkflowsByPipelineId')).items as Array<{ id: string; name: string }>;
    world.id = workflows.find((w) => w.name === 'build')!.id;
    const buildJobs = (await created('listWorkflowJobs')).items as Array<{ id: string; job_number?: number }>;
    world['job-number'] = buildJobs.find((j) => j.job_number !== undefined)!.job_number;
    world['job-id'] = buildJobs[0]!.id;
    world.id = workflows.find((w) => w.name !== 'build')!.id;
    const deployJobs = (await created('listWorkflowJobs')).items as Array<{
      type: string;
      approval_request_id?: string;
      id: string;
    }>;
    const approval = deployJobs.find((j) => j.type === 'approval')!;
    world.approval_request_id = approval.approval_request_id ?? approval.id;
    world.group_id = (await created('createOrganizationGroup', { name: `${names.org}-admins` })).id;
    world.usage_export_job_id = (
      await created('createUsageExport', { start: '2025-01-01T00:00:00Z', end: '2025-01-31T00:00:00Z' })
    ).usage_export_job_id;
    world['allow-list-entry-id'] = (await created('createURLOrbAllowListEntry')).id;
    world.pipeline_definition_id = (await created('createPipelineDefinition')).id;
    world.trigger_id = (await created('createTrigger')).id;
    await created('MakeDecision', { input: 'version: 2.1' });
    world.decisionID = ((await created('GetDecisionLogs')) as unknown as Array<{ id: string }>)[0]!.id;
    world.policyName = 'require-contexts';
    await created('CreatePolicyBundle', { policies: { 'require-contexts': 'package org\n' } });
    return world;
  }

  /** What each list shows of the world: [operation, where the ids are, the world key it holds]. */
  type Item = Record<string, unknown>;
  /** The `field` of every item of an `{ items: [...] }` list body. */
  const itemsField =
    (field: string) =>
    (body: unknown): unknown[] =>
      (body as { items: Item[] }).items.map((item) => item[field]);
  const LISTED: Array<[string, (body: unknown) => unknown[], string]> = [
    ['listContexts', itemsField('id'), 'context_id'],
    ['listEnvironmentVariablesFromContext', itemsField('variable'), 'env_var_name'],
    ['getContextRestrictions', itemsField('id'), 'restriction_id'],
    ['listEnvVars', itemsField('name'), 'name'],
    ['listCheckoutKeys', itemsField('fingerprint'), 'fingerprint'],
    ['listSchedulesForProject', itemsField('id'), 'schedule-id'],
    ['getWebhooks', itemsField('id'), 'webhook-id'],
    ['listPipelinesForProject', itemsField('id'), 'pipeline-id'],
    ['getOrganizationGroups', itemsField('id'), 'group_id'],
    ['listURLOrbAllowListEntries', itemsField('id'), 'allow-list-entry-id'],
    ['listPipelineDefinitions', itemsField('id'), 'pipeline_definition_id'],
    ['listPipelineDefinitionTriggers', itemsField('id'), 'trigger_id'],
    ['GetDecisionLogs', (b) => (b as Item[]).map((item) => item['id']), 'decisionID'],
    ['GetPolicyBundle', (b) => Object.keys(b as Item), 'policyName'],
    ['getProjectBySlug', (b) => [(b as Item)['slug']], 'project-slug'],
  ];

  /** Bodies the sweep sends over generated ones: a policy push replaces the bundle, so it pushes the same policy. */
  const SWEEP_BODIES: Record<string, Record<string, unknown>> = {
    CreatePolicyBundle: { policies: { 'require-contexts': 'package org\n' } },
  };

  /** Operations that change what later ones read: run after every other one. */
  const LAST = (operation: OperationInfo) => operation.method === 'delete' || /cancel/i.test(operation.operationId);

  it('every created id routes on every operation that takes it, reads back in its lists, and is gone after DELETE', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          org: fc.oneof(slugName, fc.string({ minLength: 1, maxLength: 12 })),
          project: slugName,
          variable: fc.stringMatching(/^[A-Z][A-Z0-9_]{1,12}$/),
          vcs: fc.constantFrom('github', 'bitbucket', 'circleci'),
        }),
        fc.integer(),
        async (names, seed) => {
          mock.reset();
          const world = await build(names, seed);
          const missing: string[] = [];
          for (const [id, ids, key] of LISTED) {
            const response = await sendWith(id, world, seed);
            if (response.status >= 300 || !ids(response.body).includes(world[key])) missing.push(`${id} lacks ${key}`);
          }
          expect(missing).toEqual([]);
          const operations = [...spec.operations.values()];
          const problems: string[] = [];
          // Deletes of children before their parents: deeper paths first.
          const last = operations.filter(LAST).sort((a, b) => b.path.split('/').length - a.path.split('/').length);
          for (const operation of [...operations.filter((o) => !LAST(o)), ...last]) {
            const response = await sendWith(operation.operationId, world, seed, SWEEP_BODIES[operation.operationId]);
            if (response.status >= 300) {
              problems.push(`${operation.operationId} → ${response.status} ${JSON.stringify(response.body)}`);
              continue;
            }
            problems.push(...echoProblems(operation, response.input, response.body).problems);
            // A settings document (`…/oidc-custom-claims`) loses claims on DELETE but still reads; an item is gone.
            if (operation.method !== 'delete' || !operation.path.endsWith('}')) continue;
            const read = operations.find((o) => o.path === operation.path && o.method === 'get');
            if (read === undefined) continue;
            const after = await sendWith(read.operationId, world, seed);
            if (after.status !== 404)
              problems.push(`${read.operationId} after ${operation.operationId} → ${after.status}`);
          }
          expect(problems).toEqual([]);
        },
      ),
      { seed: 777, numRuns: 3 },
    );
  });
});
