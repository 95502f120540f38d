/**
 * Property: for every operation of the generated table, parameters drawn
 * per their declared type (with the values that break naive URL building:
 * `.`, `..`, `%`, `%2E`, `%2F`, `?`, `#`, spaces, non-ASCII) either build a
 * request that `matchRequest` reads back, through `new URL` as fetch parses
 * it, as the same operation with the same values — or are refused by the
 * builder with RequestValidationError, exactly when a path value is empty,
 * a dot segment or not well-formed Unicode, which no URL can carry. Seeded;
 * runs under Node and Deno.
 */
import { parseProjectSlug } from '@circleci-kit/slug';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildRequestUnchecked,
  matchRequest,
  operations,
  RequestValidationError,
  type OperationSpec,
  type ParameterSpec,
} from '../src/index.ts';

const SEED = 15;
const RUNS = 60;

const TRICKY = [
  '.',
  '..',
  '...',
  '.env',
  '%',
  '%2E',
  '%2e%2E',
  '%2F',
  '%25',
  '?',
  '#',
  ' ',
  'a b',
  '+',
  '&',
  '=',
  ';',
  '/',
  'a/b',
  'ü',
  'ﬁ',
  '日本',
  '😀',
  '\u{10FFFF}',
  '\uD800',
  '',
];
const text = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/),
);
const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,10}$/);
const repo = fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/).filter((r) => r !== '.' && r !== '..');
const projectSlug = fc.oneof(
  fc.tuple(fc.constantFrom('gh', 'bb', 'github', 'bitbucket'), name, repo).map((parts) => parts.join('/')),
  fc.tuple(fc.uuid(), fc.uuid()).map(([org, project]) => `circleci/${org}/${project}`),
);
const orgSlug = fc.oneof(
  fc.tuple(fc.constantFrom('gh', 'bb', 'github', 'bitbucket'), name).map((parts) => parts.join('/')),
  fc.uuid().map((id) => `circleci/${id}`),
);

function scalar(type: ParameterSpec['type'] | undefined): fc.Arbitrary<unknown> {
  if (type === 'integer') return fc.integer();
  if (type === 'number') return fc.double({ noNaN: true, noDefaultInfinity: true });
  if (type === 'boolean') return fc.boolean();
  if (type === 'any') return fc.oneof(fc.nat(), text);
  return text;
}

function valueOf(p: ParameterSpec): fc.Arbitrary<unknown> {
  if (p.slug === 'project') return projectSlug;
  if (p.slug === 'org') return orgSlug;
  if (p.slug === 'org-or-id')
    return fc.oneof(
      orgSlug,
      fc.uuid(),
      text.filter((t) => !t.includes('/')),
    );
  if (p.enum) return fc.constantFrom(...p.enum);
  if (p.oneOrMany) return fc.oneof(scalar(p.itemType), fc.array(scalar(p.itemType), { maxLength: 3 }));
  if (p.type === 'array') return fc.array(scalar(p.itemType), { maxLength: 3 });
  return scalar(p.type);
}

/** The value a server reads back, for a value that went over the wire. */
function expected(p: ParameterSpec, value: unknown): unknown {
  if (p.slug === 'project') return parseProjectSlug(value as string).slug;
  if (p.slug && typeof value === 'string' && value.includes('/')) {
    return value.replace(/^github\//i, 'gh/').replace(/^bitbucket\//i, 'bb/');
  }
  if (p.type === 'any') return String(value);
  if (p.oneOrMany && Array.isArray(value)) return value.length === 1 ? value[0] : value;
  return value;
}

const LONE_SURROGATE = /\p{Surrogate}/u;
const illFormed = (value: unknown): boolean =>
  typeof value === 'string' ? LONE_SURROGATE.test(value) : Array.isArray(value) && value.some(illFormed);
/** Whether no URL can carry a path value: empty, a dot segment, or not well-formed Unicode. */
const unsendable = (value: unknown): boolean =>
  typeof value === 'string' && (value === '' || value === '.' || value === '..' || illFormed(value));

function paramsOf(op: OperationSpec): fc.Arbitrary<Record<string, unknown>> {
  const entries = [...op.parameters.path, ...op.parameters.query, ...op.parameters.header].map((p) => {
    const value = valueOf(p);
    return [p.key, p.required ? value : fc.option(value, { nil: undefined })] as const;
  });
  return fc.record(Object.fromEntries(entries));
}

describe('matchRequest(method, new URL(buildRequest(…).url)) gives back the call', () => {
  it.each(Object.values(operations).map((op) => ({ id: op.id, op })))('$id', ({ op }: { op: OperationSpec }) => {
    fc.assert(
      fc.property(paramsOf(op), (params) => {
        const given = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
        const refused =
          op.parameters.path.some((p) => (!p.slug || p.slug === 'org-or-id') && unsendable(given[p.key])) ||
          Object.values(given).some(illFormed);
        const body = op.body?.required ? { body: {} } : {};
        let built;
        try {
          built = buildRequestUnchecked(op.id, { ...given, ...body });
        } catch (error) {
          expect(error).toBeInstanceOf(RequestValidationError);
          if (!refused) throw new Error(`the builder refused a sendable call: ${(error as Error).message}`);
          return;
        }
        if (refused) throw new Error(`the builder sent what no URL can carry: ${built.url}`);
        const match = matchRequest(built.method, new URL(built.url));
        if (!match.ok) throw new Error(`${built.method} ${built.url}: ${match.message}`);
        expect(match.operation.id).toBe(op.id);
        const want: Record<string, unknown> = {};
        for (const p of [...op.parameters.path, ...op.parameters.query, ...op.parameters.header]) {
          const value = given[p.key];
          if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
          want[p.key] = expected(p, value);
        }
        expect(match.params).toEqual(want);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
