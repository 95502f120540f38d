import { describe, expect, it } from 'vitest';
import { serializeQuery } from '../../src/_internals/serialize-query.ts';
import type { ParameterSpec } from '../../src/operation-spec.ts';

function param(style: string, explode: boolean): ParameterSpec {
  return { name: 'p', key: 'p', in: 'query', required: false, style, explode, type: 'array' };
}

describe('serializeQuery: OpenAPI style and explode', () => {
  it.each([
    { style: 'form', explode: true, value: 'a b', want: ['p=a%20b'] },
    { style: 'form', explode: true, value: null, want: ['p='] },
    { style: 'form', explode: true, value: 7, want: ['p=7'] },
    { style: 'form', explode: true, value: ['a', 'b'], want: ['p=a', 'p=b'] },
    { style: 'form', explode: false, value: ['a', 'b,c'], want: ['p=a,b%2Cc'] },
    { style: 'spaceDelimited', explode: false, value: ['a', 'b'], want: ['p=a%20b'] },
    { style: 'pipeDelimited', explode: false, value: ['a', 'b'], want: ['p=a|b'] },
    { style: 'form', explode: true, value: { x: 1, y: 'z' }, want: ['x=1', 'y=z'] },
    { style: 'form', explode: false, value: { x: 1, y: 'z' }, want: ['p=x,1,y,z'] },
    { style: 'deepObject', explode: true, value: { x: 1, skip: undefined }, want: ['p%5Bx%5D=1'] },
  ])('$style explode=$explode $value', ({ style, explode, value, want }) => {
    expect(serializeQuery(param(style, explode), value)).toEqual(want);
  });
});
