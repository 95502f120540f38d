import { describe, expect, it } from 'vitest';
import { CliError } from '../src/cli-error.js';
import { resolveTarget, validateTarget } from '../src/resolve-target.js';

describe('validateTarget', () => {
  it.each(['mock', 'http://127.0.0.1:8080/api/v2', 'https://circleci.com/api/v2'])('accepts %s', (given) => {
    expect(validateTarget(given)).toBe(given);
  });

  it.each(['circleci.com', 'ftp://x', 'https://', ''])('refuses %j with exit 2 naming it', (given) => {
    expect(() => validateTarget(given)).toThrow(CliError);
    expect(() => validateTarget(given)).toThrow(`--target "${given}"`);
  });
});

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
  ])('flag $flag, config $config → $want', ({ flag, config, env, want }) => {
    expect(resolveTarget(flag, config, env).target).toBe(want);
  });

  it('finds the token in the config-named variable', () => {
    const { token } = resolveTarget('mock', { tokenEnv: 'MY_TOKEN' }, { MY_TOKEN: 'secret' });
    expect(token).toMatchObject({ value: 'secret', from: 'MY_TOKEN' });
  });

  it('refuses a real target without a token and names the variables, never a value', () => {
    const call = () => resolveTarget('https://circleci.com/api/v2', {}, { OTHER: 'x' });
    expect(call).toThrow('set CIRCLECI_TOKEN or CIRCLE_TOKEN');
    try {
      call();
    } catch (error) {
      expect((error as CliError).exitCode).toBe(2);
      expect((error as CliError).code).toBe('NO_TOKEN');
    }
  });
});
