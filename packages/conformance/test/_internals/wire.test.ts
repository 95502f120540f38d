import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInput, rawRequest, unsendablePath } from '../../src/_internals/wire.ts';
import { currentSpec } from '../support/fixtures.ts';

let spec: LoadedSpec;
beforeAll(async () => {
  spec = await currentSpec();
});

const input = (pathParams: Record<string, unknown>) => ({ pathParams, query: {}, headers: {}, body: undefined });

describe('unsendablePath', () => {
  it.each([
    { id: 'deleteEnvVar', path: { 'project-slug': 'gh/a/b', name: '..' }, want: true, raw: false },
    { id: 'deleteEnvVar', path: { 'project-slug': 'gh/a/b', name: '.' }, want: true, raw: false },
    { id: 'deleteEnvVar', path: { 'project-slug': 'gh/a/b', name: '' }, want: true, raw: true },
    { id: 'deleteEnvVar', path: { 'project-slug': 'gh/a/b', name: '...' }, want: false, raw: true },
    { id: 'deleteEnvVar', path: { 'project-slug': 'gh/a/b', name: '%2E%2E' }, want: false, raw: true },
    { id: 'deleteOrganization', path: { 'org-slug-or-id': '..' }, want: true, raw: false },
    { id: 'deleteOrganization', path: { 'org-slug-or-id': 'gh/acme' }, want: false, raw: true },
  ])('$id $path → $want', ({ id, path, want, raw }) => {
    const operation = spec.operations.get(id)!;
    expect(unsendablePath(operation, input(path))).toBe(want);
    // The builder refuses exactly these; a raw request (for negative inputs) is never made of a dot segment.
    let refused = false;
    try {
      buildInput(operation, input(path), { baseUrl: 'http://127.0.0.1:1/api/v2' });
    } catch {
      refused = true;
    }
    expect(refused).toBe(want);
    expect(rawRequest(operation, input(path), 'http://127.0.0.1:1/api/v2') !== undefined).toBe(raw);
  });

  it('builds from the loaded spec, not the generated table: an old route of another version', () => {
    const operation = { ...spec.operations.get('listWorkflowJobs')!, path: '/workflow/{id}/jobs' };
    const built = buildInput(operation, input({ id: '5034460f-c7c4-4c43-9457-de07e2029e7b' }), {
      baseUrl: 'http://127.0.0.1:1/api/v2',
    });
    expect(built.url).toBe('http://127.0.0.1:1/api/v2/workflow/5034460f-c7c4-4c43-9457-de07e2029e7b/jobs');
  });
});
