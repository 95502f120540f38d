import { describe, expect, it } from 'vitest';
import { typeHint } from '../../src/realistic/type-hint.ts';

describe('typeHint', () => {
  it.each([
    { given: 'enabled', want: 'boolean' },
    { given: 'deploy_prod', want: 'boolean' },
    { given: 'is_approval', want: 'boolean' },
    { given: 'count', want: 'integer' },
    { given: 'build_count', want: 'integer' },
    { given: 'success_rate', want: 'number' },
    { given: 'org_id', want: 'string' },
    { given: 'name', want: 'string' },
  ])('typeHint($given) → $want', ({ given, want }) => expect(typeHint(given)).toBe(want));
});
