import { describe, expect, it } from 'vitest';
import { readWireValue, type ParameterSpec } from '../src/index.ts';

function param(over: Partial<ParameterSpec>): ParameterSpec {
  return { name: 'p', key: 'p', in: 'query', required: false, style: 'form', explode: true, type: 'string', ...over };
}

describe('readWireValue', () => {
  it.each([
    { name: 'a string stays text', p: param({}), texts: ['42'], want: '42' },
    { name: 'an integer', p: param({ type: 'integer' }), texts: ['42'], want: 42 },
    { name: 'a negative number with exponent', p: param({ type: 'number' }), texts: ['-1.5e3'], want: -1500 },
    { name: 'a non-number stays text', p: param({ type: 'integer' }), texts: ['4x'], want: '4x' },
    { name: 'an empty integer stays text', p: param({ type: 'integer' }), texts: [''], want: '' },
    { name: 'true', p: param({ type: 'boolean' }), texts: ['true'], want: true },
    { name: 'a boolean spelled otherwise stays text', p: param({ type: 'boolean' }), texts: ['TRUE'], want: 'TRUE' },
    { name: 'the last of repeated scalars', p: param({}), texts: ['a', 'b'], want: 'b' },
    {
      name: 'an exploded array',
      p: param({ type: 'array', itemType: 'integer' }),
      texts: ['1', '2'],
      want: [1, 2],
    },
    {
      name: 'a comma-separated array',
      p: param({ type: 'array', itemType: 'string', explode: false }),
      texts: ['a,b'],
      want: ['a', 'b'],
    },
    {
      name: 'one value of a one-or-many parameter',
      p: param({ type: 'array', itemType: 'string', oneOrMany: true }),
      texts: ['main'],
      want: 'main',
    },
    {
      name: 'many values of a one-or-many parameter',
      p: param({ type: 'array', itemType: 'string', oneOrMany: true }),
      texts: ['main', 'dev'],
      want: ['main', 'dev'],
    },
    { name: 'JSON text for an object', p: param({ type: 'object' }), texts: ['{"a":1}'], want: { a: 1 } },
    { name: 'broken JSON stays text', p: param({ type: 'object' }), texts: ['{a'], want: '{a' },
    { name: 'any keeps text', p: param({ type: 'any', in: 'path' }), texts: ['123'], want: '123' },
  ])('$name', ({ p, texts, want }) => {
    expect(readWireValue(p, texts)).toEqual(want);
  });
});
