import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../src/resolve-target.ts';

describe('resolveTarget', () => {
  it.each([
    { flag: undefined, config: {}, env: {}, want: 'mock' },
    {
      flag: undefined,
      config: { target: 'https://example.test/api/v2' },
      env: { CIRCLE_TOKEN: 't' },
      want: 'https://example.test/api/v2',
    },
    { flag: 'mock', config: { target: 'https://example.test/api/v2' }, env: {}, want: 'mock' },
    { flag: 'https://example.test/api/v2', config: {}, env: {}, want: 'https://example.test/api/v2' },
  ])('flag $flag, config $config → $want', ({ flag, config, env, want }) => {
    expect(resolveTarget(flag, config, env).target).toBe(want);
  });

  it('finds the token in the config-named variable', () => {
    const { token } = resolveTarget('mock', { tokenEnv: 'MY_TOKEN' }, { MY_TOKEN: 'secret' });
    expect(token).toMatchObject({ value: 'secret', from: 'MY_TOKEN' });
  });

  it('leaves a missing token to the command: a URL target without one resolves, naming where it looked', () => {
    const { token } = resolveTarget('https://circleci.com/api/v2', {}, { OTHER: 'x' });
    expect(token).toEqual({ value: undefined, from: undefined, candidates: ['CIRCLECI_TOKEN', 'CIRCLE_TOKEN'] });
  });
});
