import { describe, expect, it } from 'vitest';
import { changeKey } from '../../src/index.ts';
import { VCS_POINTER, vcsRemoved } from '../support/sample-changes.ts';

describe('changeKey', () => {
  it('is rule id, method, route and the old pointer (else the new one)', () => {
    expect(changeKey(vcsRemoved)).toBe(`response-property-removed GET /pipeline/{pipeline-id} ${VCS_POINTER}`);
    expect(changeKey({ ...vcsRemoved, old: null, new: '/paths/x' })).toBe(
      'response-property-removed GET /pipeline/{pipeline-id} /paths/x',
    );
  });
});
