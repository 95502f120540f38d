import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { main } from '../src/index.ts';
import { choiceListOption, integerOption, targetOption, type IntegerBounds } from '../src/option-parsers.ts';
import { captureIo } from './support/capture-io.ts';

describe('integerOption', () => {
  it.each<{ bounds: IntegerBounds; given: string; want: number }>([
    { bounds: {}, given: '0', want: 0 },
    { bounds: {}, given: '-7', want: -7 },
    { bounds: { min: 1 }, given: '1', want: 1 },
    { bounds: { min: 0, max: 65535 }, given: '65535', want: 65535 },
    { bounds: {}, given: '9007199254740991', want: Number.MAX_SAFE_INTEGER },
  ])('reads $given within $bounds as $want', ({ bounds, given, want }) => {
    expect(integerOption(bounds)(given)).toBe(want);
  });

  it.each<{ bounds: IntegerBounds; given: string; want: string }>([
    { bounds: {}, given: 'ten', want: 'Expected an integer.' },
    { bounds: {}, given: '2.5', want: 'Expected an integer.' },
    { bounds: {}, given: '', want: 'Expected an integer.' },
    { bounds: {}, given: ' 3', want: 'Expected an integer.' },
    { bounds: {}, given: '1e3', want: 'Expected an integer.' },
    { bounds: {}, given: '9007199254740993', want: 'Expected an integer.' },
    { bounds: { min: 1 }, given: '0', want: 'Expected an integer of at least 1.' },
    { bounds: { max: 9 }, given: '10', want: 'Expected an integer of at most 9.' },
    { bounds: { min: 0, max: 65535 }, given: '70000', want: 'Expected an integer between 0 and 65535.' },
  ])('refuses $given within $bounds: "$want"', ({ bounds, given, want }) => {
    const parse = () => integerOption(bounds)(given);
    expect(parse).toThrow(InvalidArgumentError);
    expect(parse).toThrow(want);
  });
});

describe('choiceListOption', () => {
  const parse = choiceListOption(['response-schema', 'stateful', 'auth'] as const);

  it.each([
    { given: 'stateful', want: ['stateful'] },
    { given: ' auth , response-schema,', want: ['auth', 'response-schema'] },
    { given: '', want: [] },
  ])('reads $given as $want', ({ given, want }) => {
    expect(parse(given)).toEqual(want);
  });

  it('refuses unknown items, naming them and the known ones', () => {
    expect(() => parse('schema,auth,nope')).toThrow(InvalidArgumentError);
    expect(() => parse('schema,auth,nope')).toThrow(
      'Unknown: schema, nope. Allowed choices are response-schema, stateful, auth.',
    );
  });

  it('asks a set given as a function for it only when it parses, each time', () => {
    let calls = 0;
    const lazy = choiceListOption(() => {
      calls++;
      return ['stateful', 'auth'];
    });
    expect(calls).toBe(0);
    expect(lazy('auth')).toEqual(['auth']);
    expect(() => lazy('schema')).toThrow('Unknown: schema. Allowed choices are stateful, auth.');
    expect(calls).toBe(2);
  });
});

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
