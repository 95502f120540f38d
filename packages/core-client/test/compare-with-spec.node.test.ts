import { readFileSync } from 'node:fs';
import { loadSpec } from '@circleci-kit/spec-loader';
import { CURRENT_SPEC } from './fixtures/current-spec.js';
import { describe, expect, it } from 'vitest';
import { compareWithSpec, createClient, specFingerprint } from '../src/index.js';

function edited(edit: (document: any) => void) {
  const document = JSON.parse(readFileSync(CURRENT_SPEC, 'utf8'));
  edit(document);
  return loadSpec(document);
}

describe('compareWithSpec', () => {
  it('finds the client in sync with the spec it was generated from, fingerprint included', async () => {
    const spec = await loadSpec(CURRENT_SPEC);
    expect(createClient().specFingerprint).toBe(spec.fingerprint);
    expect(specFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(compareWithSpec(spec)).toEqual({
      inSync: true,
      sameFingerprint: true,
      clientFingerprint: spec.fingerprint,
      specFingerprint: spec.fingerprint,
      added: [],
      removed: [],
      changed: [],
    });
  });

  it('reports operations added, removed and changed', async () => {
    const spec = await edited((document) => {
      delete document.paths['/me/collaborations'];
      document.paths['/me/avatar'] = { get: { operationId: 'getAvatar', responses: { '200': { description: 'ok' } } } };
      const list = document.paths['/project/{project-slug}/pipeline'].get;
      list.parameters.push({ in: 'query', name: 'author', schema: { type: 'string' }, required: true });
      list.parameters = list.parameters.filter((p: { name?: string }) => p.name !== 'branch');
      document.paths['/project/{project-slug}/pipeline'].post.deprecated = true;
    });
    const drift = compareWithSpec(spec);
    expect(drift.inSync).toBe(false);
    expect(drift.sameFingerprint).toBe(false);
    expect(drift.added).toEqual(['getAvatar']);
    expect(drift.removed).toEqual(['getCollaborations']);
    expect(drift.changed).toEqual([
      {
        operationId: 'listPipelinesForProject',
        changes: [
          'query parameter author: added (required, string, style form exploded)',
          'query parameter branch: removed',
        ],
      },
      { operationId: 'triggerPipeline', changes: ['deprecated: false → true'] },
    ]);
  });
});
