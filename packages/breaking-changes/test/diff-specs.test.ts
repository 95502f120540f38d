import { loadSpec, SpecError } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../src/diff-specs.ts';

const spec = (schema: Record<string, unknown>) => ({
  openapi: '3.0.3',
  info: { title: 'fixture', version: '1' },
  paths: {
    '/me': {
      get: {
        operationId: 'getMe',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
      },
    },
  },
});

describe('diffSpecs and $refs a lenient load left unfollowed', () => {
  it.each([
    { given: 'a $ref to another file', ref: './user.json', code: 'EXTERNAL_REF' },
    { given: 'a $ref that points at nothing', ref: '#/components/schemas/Nobody', code: 'MISSING_REF' },
  ])('refuses $given with a SpecError $code naming the ref', async ({ ref, code }) => {
    const whole = await loadSpec(spec({ type: 'object' }), { mode: 'lenient' });
    const partial = await loadSpec(spec({ $ref: ref }), { mode: 'lenient' });
    for (const [old, next] of [
      [whole, partial],
      [partial, whole],
    ] as const) {
      let thrown: unknown;
      try {
        diffSpecs(old, next);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(SpecError);
      expect(thrown).toMatchObject({ code, source: '<object>', pointer: expect.stringContaining('/schema/$ref') });
      expect((thrown as Error).message).toContain(ref);
    }
  });

  it('diffs whole documents as before', async () => {
    const whole = await loadSpec(spec({ type: 'object' }), { mode: 'lenient' });
    expect(diffSpecs(whole, whole)).toEqual([]);
  });
});
