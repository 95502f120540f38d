import { describe, expect, it } from 'vitest';
import { loadSpec, SpecError } from '../src/index.ts';

/** How many times `part` occurs in `text`. */
const count = (text: string, part: string): number => text.split(part).length - 1;

describe('SpecError', () => {
  it('names the source, the place and what is wrong once, in its message', () => {
    const error = new SpecError({
      code: 'PARSE_JSON',
      message: 'not valid JSON: unexpected end',
      source: 'specs/spec.json',
      line: 3,
      column: 7,
    });
    expect(error.message).toBe('specs/spec.json (line 3, column 7): not valid JSON: unexpected end');
  });

  it('lists its own problem, without the source, when it is given no list', () => {
    const error = new SpecError({
      code: 'UNSUPPORTED_VERSION',
      message: 'OpenAPI "3.2.0" is not supported',
      source: 'specs/spec.json',
      pointer: '/openapi',
    });
    expect(error.problems).toEqual([
      { code: 'UNSUPPORTED_VERSION', message: 'OpenAPI "3.2.0" is not supported', pointer: '/openapi' },
    ]);
    const parse = new SpecError({ code: 'PARSE_YAML', message: 'bad', source: '<string>', line: 2, column: 1 });
    expect(parse.problems).toEqual([{ code: 'PARSE_YAML', message: 'bad', pointer: '', line: 2, column: 1 }]);
  });

  it('keeps the list it is given', () => {
    const problems = [
      { code: 'INVALID_DOCUMENT', message: 'missing required property "title"', pointer: '/info' },
      { code: 'INVALID_DOCUMENT', message: 'must be string', pointer: '/info/version' },
    ];
    const error = new SpecError({ code: 'INVALID_DOCUMENT', message: problems[0]!.message, source: 's', problems });
    expect(error.problems).toBe(problems);
  });

  it('lets a caller print each problem beside the source without either twice', async () => {
    const error = await loadSpec({ openapi: '3.2.0', info: {}, paths: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    const { source, problems } = error as SpecError;
    const printed = problems.map((problem) => `${source} ${problem.pointer}: ${problem.message}`).join('\n');
    expect(count(printed, source)).toBe(1);
    expect(count(printed, '/openapi')).toBe(1);
  });
});
