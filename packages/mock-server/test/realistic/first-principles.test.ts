import type { JsonValue, LoadedSpec, SchemaObject } from '@circleci-kit/spec-loader';
import { beforeAll, describe, expect, it } from 'vitest';
import { realisticSample } from '../../src/realistic/realistic-sample.ts';
import { currentSpec } from '../support/spec.ts';

/** Dates of one object in lifecycle order; each may be spelled with `_` or `-`. */
const LIFECYCLE = ['created_at', 'queued_at', 'started_at', 'updated_at', 'stopped_at'] as const;
const EMAIL = /^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const GARBAGE = /[{}"%!~]/;

interface Output {
  label: string;
  schema: SchemaObject;
  value: unknown;
}

let outputs: Output[];
/** Every string in a spec `example` or `default` of a response schema. */
const specStrings = new Set<string>();
/** Every `pattern` of a response schema. */
const specPatterns: RegExp[] = [];

function collectStrings(value: JsonValue | undefined): void {
  if (typeof value === 'string') specStrings.add(value);
  else if (Array.isArray(value)) value.forEach(collectStrings);
  else if (value !== null && typeof value === 'object') Object.values(value).forEach(collectStrings);
}

function collectSpecText(schema: SchemaObject, seen: Set<SchemaObject>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  collectStrings(schema.example);
  collectStrings(schema.default);
  if (schema.pattern !== undefined) specPatterns.push(new RegExp(schema.pattern, 'u'));
  const children = [
    ...Object.values(schema.properties ?? {}),
    ...(schema.items === undefined ? [] : [schema.items]),
    ...(typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : []),
    ...(schema.allOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.anyOf ?? []),
  ];
  for (const child of children) collectSpecText(child, seen);
}

beforeAll(async () => {
  const spec: LoadedSpec = await currentSpec();
  outputs = [];
  const seen = new Set<SchemaObject>();
  for (const operation of spec.operations.values()) {
    for (const [status, response] of Object.entries(operation.responses)) {
      const schema = response.content['application/json']?.schema;
      if (!/^2\d\d$/.test(status) || schema === undefined) continue;
      collectSpecText(schema, seen);
      for (const seed of [1, 2, 3]) {
        outputs.push({
          label: `${operation.operationId} ${status} seed ${seed}`,
          schema,
          value: realisticSample(schema, seed),
        });
      }
    }
  }
});

/** Calls `visit` on every value inside `value`, with the key it sits under (an array's key for its items). */
function walk(value: unknown, visit: (value: unknown, key: string) => void, key = ''): void {
  visit(value, key);
  if (Array.isArray(value)) for (const item of value) walk(item, visit, key);
  else if (value !== null && typeof value === 'object') {
    for (const [name, child] of Object.entries(value)) walk(child, visit, name);
  }
}

const jsonType = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** The value of a lifecycle date in an object, under either spelling. */
function dateOf(object: Record<string, unknown>, name: string): number | undefined {
  const value = object[name] ?? object[name.replace('_', '-')];
  return typeof value === 'string' ? Date.parse(value) : undefined;
}

describe('realistic bodies of every operation, seeds 1 to 3, from first principles', () => {
  it('never mix JSON types inside one array', () => {
    const mixed: string[] = [];
    for (const { label, value } of outputs) {
      walk(value, (node, key) => {
        if (Array.isArray(node) && new Set(node.map(jsonType)).size > 1)
          mixed.push(`${label} ${key}: ${JSON.stringify(node)}`);
      });
    }
    expect(mixed).toEqual([]);
  });

  it('give untyped ({}) properties one scalar value', () => {
    const wrong: string[] = [];
    const visit = (schema: SchemaObject, value: unknown, where: string): void => {
      if (value === null || typeof value !== 'object') return;
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        const child = (value as Record<string, unknown>)[key];
        if (child === undefined || Array.isArray(value)) continue;
        const untyped =
          property.type === undefined &&
          property.properties === undefined &&
          property.items === undefined &&
          property.enum === undefined &&
          property.allOf === undefined &&
          property.oneOf === undefined &&
          property.anyOf === undefined;
        if (untyped && !['string', 'number', 'boolean'].includes(jsonType(child))) {
          wrong.push(`${where}/${key}: ${JSON.stringify(child)}`);
        }
        visit(property, child, `${where}/${key}`);
      }
      if (Array.isArray(value) && schema.items !== undefined) {
        for (const item of value) visit(schema.items, item, `${where}/*`);
      }
    };
    for (const { label, schema, value } of outputs) visit(schema, value, label);
    expect(wrong).toEqual([]);
  });

  it('keep the dates of each object in lifecycle order (created ≤ queued ≤ started ≤ updated ≤ stopped)', () => {
    const unordered: string[] = [];
    let pairs = 0;
    for (const { label, value } of outputs) {
      walk(value, (node) => {
        if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
        const object = node as Record<string, unknown>;
        for (let i = 0; i < LIFECYCLE.length; i++) {
          for (let j = i + 1; j < LIFECYCLE.length; j++) {
            const early = dateOf(object, LIFECYCLE[i]!);
            const late = dateOf(object, LIFECYCLE[j]!);
            if (early === undefined || late === undefined) continue;
            pairs++;
            if (early > late)
              unordered.push(`${label}: ${LIFECYCLE[i]} after ${LIFECYCLE[j]} in ${JSON.stringify(object)}`);
          }
        }
      });
    }
    expect(unordered).toEqual([]);
    expect(pairs).toBeGreaterThan(50);
  });

  it('give emails that look like emails and URLs that parse', () => {
    const wrong: string[] = [];
    let urls = 0;
    for (const { label, value } of outputs) {
      walk(value, (node, key) => {
        if (typeof node !== 'string') return;
        if (/email/i.test(key) && !EMAIL.test(node)) wrong.push(`${label} ${key}: ${node}`);
        if (/(^|_)urls?$/.test(key)) {
          urls++;
          try {
            new URL(node);
          } catch {
            wrong.push(`${label} ${key}: ${node}`);
          }
        }
      });
    }
    expect(wrong).toEqual([]);
    expect(urls).toBeGreaterThan(50);
  });

  it('give strings without control characters or {}"%!~, unless the spec wrote them (an example or a pattern)', () => {
    const wrong: string[] = [];
    for (const { label, value } of outputs) {
      walk(value, (node, key) => {
        if (typeof node !== 'string' || !(CONTROL.test(node) || GARBAGE.test(node))) return;
        if (specStrings.has(node) || specPatterns.some((pattern) => pattern.test(node))) return;
        wrong.push(`${label} ${key}: ${JSON.stringify(node)}`);
      });
      // Map keys are strings a person reads too.
      walk(value, (node) => {
        if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
        for (const key of Object.keys(node)) {
          if ((CONTROL.test(key) || GARBAGE.test(key)) && !specStrings.has(key))
            wrong.push(`${label} key ${JSON.stringify(key)}`);
        }
      });
    }
    expect(wrong).toEqual([]);
  });

  it('give no empty strings', () => {
    const empty: string[] = [];
    for (const { label, value } of outputs) {
      walk(value, (node, key) => {
        if (node === '') empty.push(`${label} ${key}`);
      });
    }
    expect(empty).toEqual([]);
  });
});
