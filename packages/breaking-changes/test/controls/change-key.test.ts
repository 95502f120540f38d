import { describe, expect, it } from 'vitest';
import { changeKey } from '../../src/index.ts';
import { VCS_POINTER, vcsRemoved, webhookRemoved } from '../support/sample-changes.ts';

describe('changeKey', () => {
  it('is rule id, method, route and the old pointer (else the new one)', () => {
    expect(changeKey(vcsRemoved)).toBe(`response-property-removed GET /pipeline/{pipeline-id} ${VCS_POINTER}`);
    expect(changeKey({ ...vcsRemoved, old: null, new: '/paths/x' })).toBe(
      'response-property-removed GET /pipeline/{pipeline-id} /paths/x',
    );
  });
  it('names a webhook webhook:name, so no route is taken for it', () => {
    expect(changeKey(webhookRemoved)).toBe('webhook-removed POST webhook:/jobDone /webhooks/~1jobDone/post');
  });
});
