import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { main } from '../src/index.js';
import { targetOption } from '../src/option-parsers.js';
import { resolveTarget } from '../src/resolve-target.js';
import { captureIo } from './support/capture-io.js';

describe('targetOption', () => {
  it.each(['mock', 'http://127.0.0.1:8080/api/v2', 'https://circleci.com/api/v2'])('accepts %s', (given) => {
    expect(targetOption(given)).toBe(given);
  });

  it.each(['circleci.com', 'ftp://x', 'https://', ''])('refuses %j as an invalid argument', (given) => {
    expect(() => targetOption(given)).toThrow(InvalidArgumentError);
    expect(() => targetOption(given)).toThrow('Expected mock or an http(s) URL.');
  });

  it.each([['doctor'], ['conformance'], ['pact', 'verify']])(
    'makes `%s --target` a usage error naming the value',
    async (...command) => {
      const io = captureIo();
      expect(await main([...command, '--target', 'circleci.com'], io)).toBe(2);
      expect(io.err).toContain(
        "option '--target <mock|url>' argument 'circleci.com' is invalid. Expected mock or an http(s) URL.",
      );
    },
  );
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
