import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveResourceModel, kindOf, type ResourceRole } from '../../src/resources/resource-model.ts';
import { currentSpec } from '../support/spec.ts';

let spec: LoadedSpec;
beforeAll(async () => {
  spec = await currentSpec();
});

describe('kindOf', () => {
  const table: Array<[string, string]> = [
    ['pipeline-definitions', 'pipelinedefinition'],
    ['groups', 'group'],
    ['usage_export_job', 'usageexportjob'],
    ['org', 'organization'],
    ['organizations', 'organization'],
    ['projects', 'project'],
    ['url-orb-allow-list', 'urlorballowlist'],
    ['access', 'access'],
  ];
  it.each(table)('%s → %s', (segment, kind) => expect(kindOf(segment)).toBe(kind));
});

describe('deriveResourceModel on the current spec', () => {
  const describe = (role: ResourceRole | undefined): string =>
    role === undefined
      ? 'none'
      : 'kind' in role
        ? `${role.role} ${role.kind}${'parameter' in role ? ` by ${role.parameter}` : ''}`
        : `${role.role} ${role.path}`;
  const table: Array<[string, string]> = [
    ['createOrganization', 'create organization'],
    ['deleteOrganization', 'delete organization by org-slug-or-id'],
    ['createProject', 'create project'],
    ['getProjectBySlug', 'read project by project-slug'],
    ['createProject1', 'create-named project'],
    ['createOrganizationGroup', 'create group'],
    ['getOrganizationGroups', 'list group'],
    ['getGroup', 'read group by group_id'],
    ['createTrigger', 'create trigger'],
    // Created under a pipeline definition, read at /projects/{project_id}/triggers/{trigger_id}.
    ['getTrigger', 'read trigger by trigger_id'],
    ['updatePipelineDefinition', 'update pipelinedefinition by pipeline_definition_id'],
    ['getUsageExport', 'read usageexportjob by usage_export_job_id'],
    ['MakeDecision', 'create decision'],
    ['GetDecisionLog', 'read decision by decisionID'],
    ['PatchOrgClaims', 'settings-update /org/{orgID}/oidc-custom-claims'],
    ['DeleteProjectClaims', 'settings-delete /org/{orgID}/project/{projectID}/oidc-custom-claims'],
    ['getProjectSettings', 'settings-read /project/{provider}/{organization}/{project}/settings'],
    // Actions are not collections: nothing reads or lists what they "create".
    ['continuePipeline', 'none'],
    ['triggerPipelineRun', 'none'],
    ['rollbackProject', 'none'],
    ['cancelJobByJobID', 'none'],
    // Read-only collections: nothing creates them through the API.
    ['getEnvironment', 'none'],
    ['getComponent', 'none'],
  ];
  it.each(table)('%s → %s', (operationId, expected) => {
    const model = deriveResourceModel(spec.operations.values(), new Set());
    expect(describe(model.get(operationId))).toBe(expected);
  });

  it('leaves out the operations given as handled', () => {
    const model = deriveResourceModel(spec.operations.values(), new Set(['getGroup']));
    expect(model.has('getGroup')).toBe(false);
    expect(model.has('deleteGroup')).toBe(true);
  });
});
