import type { LoadedSpec, OperationInfo, SchemaObject } from '@circleci-kit/spec-loader';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveEchoRules } from '../../src/echo/echo-rules.ts';
import { currentSpec } from '../support/spec.ts';

let spec: LoadedSpec;
beforeAll(async () => {
  spec = await currentSpec();
});

/** Rules as `field ← parameter[:part] (kind)`, for tables. */
const described = (operation: OperationInfo): string[] =>
  deriveEchoRules(operation).map(
    (r) => `${r.field.join('.')} ← ${r.parameter}${r.part === 'value' ? '' : `:${r.part}`} (${r.kind})`,
  );

describe('deriveEchoRules on the current spec', () => {
  const table: Array<[string, string[]]> = [
    [
      'getProjectBySlug',
      [
        'slug ← project-slug:slug (slug-part)',
        'name ← project-slug:project-name (slug-part)',
        'id ← project-slug:project-id (slug-part)',
        'organization_name ← project-slug:org-name (slug-part)',
        'organization_slug ← project-slug:org-slug (slug-part)',
        'organization_id ← project-slug:org-id (slug-part)',
        'vcs_info.vcs_url ← project-slug:repo-url (slug-part)',
        'vcs_info.provider ← project-slug:vcs (slug-part)',
      ],
    ],
    [
      'getJobDetails',
      [
        'project.id ← project-slug:project-id (slug-part)',
        'project.slug ← project-slug (same-name)',
        'project.name ← project-slug:project-name (slug-part)',
        'project.external_url ← project-slug:repo-url (slug-part)',
        'number ← job-number (subject-number)',
        'organization.name ← project-slug:org-name (slug-part)',
      ],
    ],
    [
      'getPipelineByNumber',
      [
        'project_slug ← project-slug (same-name)',
        'number ← pipeline-number (subject-number)',
        'vcs.target_repository_url ← project-slug:repo-url (slug-part)',
        'vcs.origin_repository_url ← project-slug:repo-url (slug-part)',
      ],
    ],
    ['getPipelineById', ['id ← pipeline-id (subject-id)']],
    ['getWorkflowById', ['id ← id (subject-id)']],
    ['getUser', ['id ← id (subject-id)']],
    // The jobs of a workflow have ids of their own: `{id}` names the workflow, not `items[].id`.
    ['listWorkflowJobs', []],
    ['listWorkflowsByPipelineId', ['items.[].pipeline_id ← pipeline-id (same-name)']],
    ['getEnvVar', ['name ← name (same-name)']],
    [
      'addEnvironmentVariableToContext',
      ['variable ← env_var_name (subject-name)', 'context_id ← context_id (same-name)'],
    ],
    ['getWebhooks', ['items.[].scope.id ← scope-id (same-name)', 'items.[].scope.type ← scope-type (same-name)']],
    ['GetProjectClaims', ['org_id ← orgID (same-name)', 'project_id ← projectID (same-name)']],
    // Org claims carry a `project_id` the request does not name.
    ['GetOrgClaims', ['org_id ← orgID (same-name)']],
    [
      'createProject',
      [
        'organization_name ← org-slug-or-id:org-name (slug-part)',
        'organization_slug ← org-slug-or-id:org-slug (slug-part)',
        'organization_id ← org-slug-or-id:org-id (slug-part)',
        'vcs_info.provider ← org-slug-or-id:vcs (slug-part)',
      ],
    ],
    ['GetPolicyDocument', ['name ← policyName (subject-name)']],
    ['getUsageExport', ['usage_export_job_id ← usage_export_job_id (same-name)']],
    ['listComponentVersions', ['items.[].environment_id ← environment-id (same-name)']],
    ['getProjectWorkflowRuns', ['items.[].branch ← branch (same-name)']],
    ['getCurrentUser', []],
    ['triggerPipeline', []],
  ];
  it.each(table)('%s', (operationId, expected) => {
    expect(described(spec.operations.get(operationId)!)).toEqual(expected);
  });

  it('maps the answered id, number or name of every path that ends with one', () => {
    const unmapped: string[] = [];
    for (const operation of spec.operations.values()) {
      const subject = /\{(.+)\}$/.exec(operation.path)?.[1]?.toLowerCase();
      if (subject === undefined) continue;
      const wanted =
        subject.endsWith('slug') || subject.endsWith('or-id')
          ? []
          : subject.endsWith('id')
            ? ['id']
            : subject.endsWith('number')
              ? ['number']
              : subject.endsWith('name')
                ? ['name', 'variable']
                : [];
      const schema = operation.responses['200']?.content['application/json']?.schema;
      const rules = deriveEchoRules(operation);
      for (const field of wanted.filter((f) => schema?.properties?.[f] !== undefined)) {
        if (!rules.some((r) => r.field.length === 1 && r.field[0] === field))
          unmapped.push(`${operation.operationId}.${field}`);
      }
    }
    expect(unmapped).toEqual([]);
  });
});

describe('deriveEchoRules on small operations (first principles)', () => {
  const string: SchemaObject = { type: 'string' };
  const operation = (
    path: string,
    method: OperationInfo['method'],
    properties: Record<string, SchemaObject>,
    query: string[] = [],
  ): OperationInfo => {
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const parameter = (name: string, location: 'path' | 'query') => ({
      name,
      in: location,
      required: location === 'path',
      style: location === 'path' ? 'simple' : 'form',
      explode: location === 'query',
      schema: string,
      deprecated: false,
    });
    return {
      operationId: 'op',
      method,
      path,
      tags: [],
      deprecated: false,
      parameters: {
        path: names.map((n) => parameter(n, 'path')),
        query: query.map((n) => parameter(n, 'query')),
        header: [],
        cookie: [],
      },
      responses: {
        '200': {
          status: '200',
          description: '',
          headers: {},
          content: { 'application/json': { schema: { type: 'object', properties } } },
        },
      },
      security: [],
      pointer: '',
    };
  };
  const table: Array<[string, OperationInfo, string[]]> = [
    [
      'a subject id',
      operation('/widget/{widget-id}', 'get', { id: string, name: string }),
      ['id ← widget-id (subject-id)'],
    ],
    ['not when the path goes on', operation('/widget/{widget-id}/parts', 'get', { id: string }), []],
    [
      'same name across spellings',
      operation('/widget/{widgetID}/parts', 'get', { widget_id: string }),
      ['widget_id ← widgetID (same-name)'],
    ],
    [
      'a nested field by its joined name',
      operation('/hooks', 'get', { scope: { type: 'object', properties: { id: string } } }, ['scope-id']),
      ['scope.id ← scope-id (same-name)'],
    ],
    [
      'a query filter into list items',
      operation(
        '/runs',
        'get',
        { items: { type: 'array', items: { type: 'object', properties: { branch: string } } } },
        ['branch'],
      ),
      ['items.[].branch ← branch (same-name)'],
    ],
    [
      'a number',
      operation('/build/{build-number}', 'get', { number: { type: 'integer' } }),
      ['number ← build-number (subject-number)'],
    ],
    [
      'an org slug part',
      operation('/organization/{org-slug-or-id}/thing', 'post', { organization_name: string, name: string }),
      ['organization_name ← org-slug-or-id:org-name (slug-part)'],
    ],
    [
      'a bare `id` parameter only as the subject',
      operation('/run/{id}/steps', 'get', {
        items: { type: 'array', items: { type: 'object', properties: { id: string } } },
      }),
      [],
    ],
  ];
  it.each(table)('%s', (_, op, expected) => expect(described(op)).toEqual(expected));
});
