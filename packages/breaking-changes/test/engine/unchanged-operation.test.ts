import { describe, expect, it } from 'vitest';
import { unchangedOperation } from '../../src/engine/unchanged-operation.ts';
import { diffSpecs } from '../../src/index.ts';
import { op, spec, type OpInput } from '../support/build-spec.ts';

const base: OpInput = {
  parameters: [{ name: 'branch' }],
  responses: { '200': { content: { 'application/json': { type: 'object', properties: { id: { type: 'string' } } } } } },
};

describe('unchangedOperation', () => {
  it('holds for two equal operations built apart, raw extensions included', () => {
    expect(unchangedOperation(op(base), op(base), { 'x-sunset': '2030-01-01' }, { 'x-sunset': '2030-01-01' })).toBe(
      true,
    );
  });

  it('ignores only where each operation sits in its document', () => {
    const moved = { ...op(base), pointer: '/paths/~1elsewhere/get' };
    expect(unchangedOperation(op(base), moved, {}, {})).toBe(true);
  });

  it.each<[string, OpInput]>([
    ['a parameter that became required', { ...base, parameters: [{ name: 'branch', required: true }] }],
    [
      'a property of a response schema',
      { ...base, responses: { '200': { content: { 'application/json': { type: 'object' } } } } },
    ],
    ['the security in effect', { ...base, security: [] }],
    ['the description', { ...base, description: 'now documented' }],
    ['the path', { ...base, path: '/other' }],
  ])('fails on %s', (_, changed) => {
    expect(unchangedOperation(op(base), op(changed), {}, {})).toBe(false);
  });

  it('fails on an extension that only the operation as written holds', () => {
    expect(unchangedOperation(op(base), op(base), {}, { 'x-sunset': '2030-01-01' })).toBe(false);
  });
});

describe('diffSpecs with unchanged operations beside a changed one', () => {
  it('reports the changed one only, once', () => {
    const other: OpInput = { path: '/other', operationId: 'getOther' };
    const changes = diffSpecs(
      spec(base, other),
      spec({ ...base, parameters: [{ name: 'branch', required: true }] }, other),
    );
    expect(changes.map((change) => [change.id, change.operation.path])).toEqual([
      ['parameter-became-required', '/thing'],
    ]);
  });
});
