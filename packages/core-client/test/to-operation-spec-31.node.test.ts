import { readFileSync } from 'node:fs';
import { loadSpec } from '@circleci-kit/spec-loader';
import { convertSpec } from '@circleci-kit/spec-loader/convert';
import { describe, expect, it } from 'vitest';
import { compareTables } from '../src/_internals/compare-tables.ts';
import { compareWithSpec, readWireValue, toOperationSpec, toOperationTable } from '../src/index.ts';
import { CURRENT_SPEC } from './support/current-spec.ts';

/** A one-operation document of `version` whose query parameter `p` has `schema`. */
function document(version: string, schema: unknown, components: Record<string, unknown> = {}) {
  return {
    openapi: version,
    info: { title: 't', version: '1' },
    paths: {
      '/x': {
        get: {
          operationId: 'getX',
          parameters: [{ name: 'p', in: 'query', schema }],
          responses: { '200': { description: 'ok' } },
        },
      },
    },
    components: { schemas: components },
  };
}

async function parameterOf(version: string, schema: unknown, components?: Record<string, unknown>) {
  const spec = await loadSpec(document(version, schema, components));
  return toOperationSpec(spec.operations.get('getX')!).parameters.query[0]!;
}

/**
 * The same parameter written in 3.1 and in 3.0: each pair must give one
 * table entry, so the client builds and reads it the same whichever version
 * the spec is in; `texts` on the wire read back as `value`.
 */
const PAIRS = [
  {
    name: 'type list with null',
    v31: { type: ['string', 'null'] },
    v30: { type: 'string', nullable: true },
    texts: ['a'],
    value: 'a',
  },
  {
    name: 'type list of two types',
    v31: { type: ['integer', 'string'] },
    v30: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
    // either type goes, so the text stays text (valid as a string)
    texts: ['7'],
    value: '7',
  },
  {
    name: 'const with a type',
    v31: { type: 'integer', const: 3 },
    v30: { type: 'integer', enum: [3] },
    texts: ['3'],
    value: 3,
  },
  { name: 'const without a type', v31: { const: 3 }, v30: { enum: [3] }, texts: ['3'], value: 3 },
  {
    name: 'numeric exclusive bound',
    v31: { type: 'integer', exclusiveMinimum: 0 },
    v30: { type: 'integer', minimum: 0, exclusiveMinimum: true },
    texts: ['1'],
    value: 1,
  },
  {
    name: 'one value or many, as a type list',
    v31: { type: ['string', 'array'], items: { type: 'string' } },
    v30: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    texts: ['main'],
    value: 'main',
  },
  {
    name: 'examples',
    v31: { type: 'boolean', examples: [true] },
    v30: { type: 'boolean', example: true },
    texts: ['true'],
    value: true,
  },
];

describe('toOperationSpec: a 3.1 parameter reads as its 3.0 form', () => {
  it.each(PAIRS)('$name', async ({ v31, v30, texts, value }) => {
    const [from31, from30] = await Promise.all([parameterOf('3.1.0', v31), parameterOf('3.0.3', v30)]);
    expect(from31).toEqual(from30);
    expect(readWireValue(from31, texts)).toEqual(value);
  });

  it('keeps the enum and format of a $ref with siblings (allOf: [target] in the internal form)', async () => {
    const mode = { type: 'string', format: 'mode', enum: ['fast', 'slow'] };
    const [from31, from30] = await Promise.all([
      parameterOf('3.1.0', { $ref: '#/components/schemas/Mode', description: 'how' }, { Mode: mode }),
      parameterOf('3.0.3', { $ref: '#/components/schemas/Mode' }, { Mode: mode }),
    ]);
    expect(from31).toEqual(from30);
    expect(from31).toMatchObject({ type: 'string', format: 'mode', enum: ['fast', 'slow'] });
  });

  it('reads the items of a prefixItems tuple by the type they share', async () => {
    const p = await parameterOf('3.1.0', {
      type: 'array',
      prefixItems: [{ type: 'integer' }, { type: 'integer' }],
      items: false,
    });
    expect(p).toMatchObject({ type: 'array', itemType: 'integer' });
    expect(readWireValue(p, ['1', '2'])).toEqual([1, 2]);
  });

  it('finds next_page_token in a union branch (3.1 spells a nullable $ref anyOf: [target, null])', async () => {
    const page = { type: 'object', properties: { next_page_token: { type: ['string', 'null'] } } };
    const spec = await loadSpec({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/x': {
          get: {
            operationId: 'listX',
            parameters: [{ name: 'page-token', in: 'query', schema: { type: 'string' } }],
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': { schema: { anyOf: [{ $ref: '#/components/schemas/Page' }, { type: 'null' }] } },
                },
              },
            },
          },
        },
      },
      components: { schemas: { Page: page } },
    });
    expect(toOperationSpec(spec.operations.get('listX')!).paginated).toBe(true);
  });
});

describe('client drift between a spec and its 3.1 conversion', () => {
  it('finds every operation of the current spec unchanged', async () => {
    const text = readFileSync(CURRENT_SPEC, 'utf8');
    const converted = await convertSpec(text, { to: '3.1', source: CURRENT_SPEC });
    const [v30, v31] = await Promise.all([loadSpec(CURRENT_SPEC), loadSpec(converted.text)]);
    expect(v31.openapi).toBe('3.1.0');
    const drift = compareWithSpec(v31);
    expect({ ...drift, specFingerprint: undefined }).toEqual({
      inSync: true,
      sameFingerprint: false,
      clientFingerprint: v30.fingerprint,
      specFingerprint: undefined,
      added: [],
      removed: [],
      changed: [],
    });
    expect(toOperationTable(v31.operations)).toEqual(toOperationTable(v30.operations));
  });

  it('reports a parameter whose 3.1 form reads otherwise', async () => {
    const [v30, v31] = await Promise.all([
      loadSpec(document('3.0.3', { type: 'integer', enum: [3] })),
      loadSpec(document('3.1.0', { const: 'three' })),
    ]);
    const drift = compareTables(toOperationTable(v30.operations), v30.fingerprint, v31);
    expect(drift.changed).toEqual([
      {
        operationId: 'getX',
        changes: [
          'query parameter p: optional, integer, style form exploded, enum [3] → optional, string, style form exploded, enum ["three"]',
        ],
      },
    ]);
  });
});
