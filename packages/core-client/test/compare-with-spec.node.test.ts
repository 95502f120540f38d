import { readFileSync } from 'node:fs';
import { loadSpec } from '@circleci-kit/spec-loader';
import { CURRENT_SPEC } from './support/current-spec.ts';
import { describe, expect, it } from 'vitest';
import { compareWithSpec, createClient, specFingerprint } from '../src/index.ts';

/** The parts of the spec document the edits below touch. */
interface Operation {
  operationId?: string;
  responses?: Record<string, unknown>;
  parameters?: Array<Record<string, unknown>>;
  deprecated?: boolean;
}
interface Document {
  [key: string]: unknown;
  paths: Record<string, Record<string, Operation>>;
}

function edited(edit: (document: Document) => void) {
  const document = JSON.parse(readFileSync(CURRENT_SPEC, 'utf8')) as Document;
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
      const { paths } = document;
      delete paths['/me/collaborations'];
      paths['/me/avatar'] = { get: { operationId: 'getAvatar', responses: { '200': { description: 'ok' } } } };
      const pipelines = paths['/project/{project-slug}/pipeline']!;
      const list = pipelines['get']!;
      list.parameters = [
        ...list.parameters!.filter((p) => p['name'] !== 'branch'),
        { in: 'query', name: 'author', schema: { type: 'string' }, required: true },
      ];
      pipelines['post']!.deprecated = true;
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
