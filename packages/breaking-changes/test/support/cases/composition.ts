import type { LoadedSpec, SchemaObject } from '@circleci-kit/spec-loader';
import { diffSpecs } from '../../../src/index.ts';
import type { RuleCase } from '../rule-cases.ts';
import { obj, requestPair, responsePair } from '../build-spec.ts';

// Composition (oneOf / anyOf / allOf / discriminator), judged from first principles:
// a request breaks when the set of accepted values shrinks, a response when the set of values a client may receive grows.
// Each pair is read both ways (old → new, then new → old).

const s = (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', ...extra });
const int = (extra: SchemaObject = {}): SchemaObject => ({ type: 'integer', ...extra });
const num: SchemaObject = { type: 'number' };
const oneOf = (...branches: SchemaObject[]): SchemaObject => ({ oneOf: branches });
const anyOf = (...branches: SchemaObject[]): SchemaObject => ({ anyOf: branches });
const allOf = (...parts: SchemaObject[]): SchemaObject => ({ allOf: parts });
const body = (old: SchemaObject, next: SchemaObject) => requestPair(obj({ value: old }), obj({ value: next }));
const field = (old: SchemaObject, next: SchemaObject) => responsePair(obj({ value: old }), obj({ value: next }));

/** Puts `components.schemas` in both documents, so that branches are known by their `$ref` names. */
function named(pair: [LoadedSpec, LoadedSpec], components: Record<string, SchemaObject>): [LoadedSpec, LoadedSpec] {
  for (const spec of pair) spec.document['components'] = { schemas: components };
  return pair;
}

/** An object branch told apart by a required `kind` of one value. */
const kind = (value: string, properties: Record<string, SchemaObject | string> = {}): SchemaObject => ({
  ...obj({ kind: s({ enum: [value] }), ...properties }, ['kind']),
});

const Cat = kind('cat', { lives: 'integer' });
const Dog = kind('dog', { bark: 'string' });
const Bird = kind('bird', { wings: 'integer' });
const Pet = (...branches: SchemaObject[]): SchemaObject => ({
  oneOf: branches,
  discriminator: { propertyName: 'kind' },
});

/** Pets as a union of $Cat and $Dog, picked by `kind` through this mapping (value → component name). */
const mapped = (mapping: Record<string, string>): SchemaObject => ({
  oneOf: [Cat, Dog],
  discriminator: {
    propertyName: 'kind',
    mapping: Object.fromEntries(
      Object.entries(mapping).map(([value, name]) => [value, `#/components/schemas/${name}`]),
    ),
  },
});

const count = (verdicts: string[], rule: string) => verdicts.filter((v) => v.startsWith(`${rule}@`)).length;

/** One pair with every change it gives, read both ways. */
export interface CompositionRow {
  given: string;
  pair: [LoadedSpec, LoadedSpec];
  /** `id@level` of every change, old → new. */
  forward: string[];
  /** `id@level` of every change, new → old. */
  backward: string[];
}

/** The composition pairs. */
export const compositionRows: CompositionRow[] = [
  // A type that becomes a union of types, and back: judged by what each side accepts.
  {
    given: 'request: string → oneOf [string, integer]',
    pair: body(s(), oneOf(s(), int())),
    forward: ['request-branch-added@info'],
    backward: ['request-branch-removed@error'],
  },
  {
    given: 'response: string → oneOf [string, integer]',
    pair: field(s(), oneOf(s(), int())),
    forward: ['response-branch-added@error'],
    backward: ['response-branch-removed@info'],
  },
  {
    given: 'request: number → oneOf [integer, string] (number narrowed to integer, string added)',
    pair: body(num, oneOf(int(), s())),
    forward: ['request-branch-added@info', 'request-property-type-changed@error'],
    backward: ['request-branch-removed@error', 'request-property-type-widened@info'],
  },
  {
    given: 'response: anyOf [string, integer] → integer',
    pair: field(anyOf(s(), int()), int()),
    forward: ['response-branch-removed@info'],
    backward: ['response-branch-added@error'],
  },
  {
    given: 'response: nullable boolean → allOf [oneOf [nullable boolean, string], minLength 1] (found by the 10⁵ run)',
    pair: field(
      s({ type: 'boolean', nullable: true }),
      allOf(oneOf(s({ type: 'boolean', nullable: true }), s()), { minLength: 1 }),
    ),
    forward: ['response-branch-added@error', 'response-min-length-increased@info'],
    backward: ['response-branch-removed@info', 'response-min-length-decreased@warn'],
  },
  // Branches matched by $ref name, title, discriminator value, structure.
  {
    given: 'request: oneOf [$Cat, $Dog] → oneOf [$Cat]',
    pair: named(body(oneOf(Cat, Dog), oneOf(Cat)), { Cat, Dog }),
    forward: ['request-branch-removed@error'],
    backward: ['request-branch-added@info'],
  },
  {
    given: 'response: oneOf [$Cat, $Dog] → oneOf [$Cat]',
    pair: named(field(oneOf(Cat, Dog), oneOf(Cat)), { Cat, Dog }),
    forward: ['response-branch-removed@info'],
    backward: ['response-branch-added@error'],
  },
  {
    given: 'request and response: branches reordered, matched by $ref name',
    pair: named(body(oneOf(Cat, Dog), oneOf(Dog, Cat)), { Cat, Dog }),
    forward: [],
    backward: [],
  },
  {
    given: 'request: the branch titled Dog changed its other property (same branch, not removed and added)',
    pair: body(
      oneOf({ ...Cat, title: 'Cat' }, { ...Dog, title: 'Dog' }),
      oneOf({ ...Cat, title: 'Cat' }, { ...kind('dog', { woof: 'integer' }), title: 'Dog' }),
    ),
    forward: ['request-property-added-optional@info', 'request-property-removed@warn'],
    backward: ['request-property-added-optional@info', 'request-property-removed@warn'],
  },
  {
    given: 'response: discriminated pets gain a bird (matched by discriminator value)',
    pair: field(Pet(Cat, Dog), Pet(Dog, Bird, Cat)),
    forward: ['response-branch-added@error'],
    backward: ['response-branch-removed@info'],
  },
  {
    given: 'request: a branch whose required property narrows is matched by structure',
    pair: body(
      oneOf(obj({ a: 'string', b: 'string' }, ['a']), int()),
      oneOf(int(), obj({ a: 'string', b: 'integer' }, ['a'])),
    ),
    forward: ['request-property-type-changed@error'],
    backward: ['request-property-type-changed@error'],
  },
  // oneOf takes exactly one branch: overlapping branches refuse the values they share.
  {
    given: 'request: object → oneOf [that object, an object any value of which also fits it]',
    pair: body(kind('x'), oneOf(kind('x'), { type: 'object', properties: { b: int() } })),
    forward: ['request-branch-added@info', 'request-branches-overlap@error'],
    backward: ['request-branch-removed@error'],
  },
  {
    given: 'request: anyOf → oneOf of two nullable branches (null matches both)',
    pair: body(
      anyOf(s({ nullable: true }), int({ nullable: true })),
      oneOf(s({ nullable: true }), int({ nullable: true })),
    ),
    forward: ['request-branches-overlap@error'],
    backward: [],
  },
  {
    given: 'request: anyOf → oneOf of disjoint branches',
    pair: body(
      anyOf(s({ format: 'uuid' }), s({ format: 'date' }), int()),
      oneOf(s({ format: 'uuid' }), s({ format: 'date' }), int()),
    ),
    forward: [],
    backward: [],
  },
  {
    given: 'request: discriminated pets gain a bird (disjoint by kind)',
    pair: body(Pet(Cat, Dog), Pet(Cat, Dog, Bird)),
    forward: ['request-branch-added@info'],
    backward: ['request-branch-removed@error'],
  },
  {
    given: 'request: integer ranges that share no whole number',
    pair: body(
      int({ minimum: 0, maximum: 9 }),
      oneOf(int({ minimum: 0, maximum: 9 }), { type: 'number', minimum: 9.5 }),
    ),
    forward: ['request-branch-added@info'],
    backward: ['request-branch-removed@error'],
  },
  {
    given: 'response: oneOf of two objects that share `{}` → anyOf of them',
    pair: field(oneOf(obj({ a: 'string' }), obj({ b: 'integer' })), anyOf(obj({ a: 'string' }), obj({ b: 'integer' }))),
    forward: ['response-branches-overlap-allowed@warn'],
    backward: [],
  },
  {
    given: 'response: oneOf [object a, object b] → object a (the value matching both is no longer refused)',
    pair: field(oneOf(obj({ a: 'string' }), obj({ b: 'integer' })), obj({ a: 'string' })),
    forward: ['response-branch-removed@info', 'response-branches-overlap-allowed@warn'],
    backward: ['response-branch-added@error'],
  },
  {
    given: 'response: oneOf of disjoint branches → anyOf of them',
    pair: field(oneOf(s(), int()), anyOf(s(), int())),
    forward: [],
    backward: [],
  },
  {
    given: 'response: a branch of an overlapping oneOf narrows, so a value it shared with the other matches one only',
    pair: field(
      oneOf(obj({ a: 'boolean' }), obj({ c: 'integer' })),
      oneOf(obj({ a: 'boolean' }, ['b']), obj({ c: 'integer' })),
    ),
    // Read backward the branch widens and the shared values only grow: a cautious warning.
    forward: ['response-branches-overlap-allowed@warn'],
    backward: ['response-branches-overlap-allowed@warn'],
  },
  {
    given: 'request: a branch of an overlapping oneOf widens to take a value only the other took',
    pair: body(oneOf(s({ enum: ['x', 'z'] }), s({ enum: ['x', 'y'] })), oneOf(s(), s({ enum: ['x', 'y'] }))),
    forward: ['request-branches-overlap@error'],
    backward: ['request-branches-overlap@error', 'request-enum-added@error'],
  },
  // allOf: a part gained narrows a request; a part lost widens a response.
  {
    given: 'request: allOf [string] → allOf [string, maxLength 3]',
    pair: body(allOf(s()), allOf(s(), { maxLength: 3 })),
    forward: ['request-all-of-added@error', 'request-max-length-decreased@error'],
    backward: ['request-all-of-removed@info', 'request-max-length-increased@info'],
  },
  {
    given: 'response: allOf [string, maxLength 3] → allOf [string]',
    pair: field(allOf(s(), { maxLength: 3 }), allOf(s())),
    forward: ['response-all-of-removed@warn', 'response-max-length-increased@warn'],
    backward: ['response-all-of-added@info', 'response-max-length-decreased@info'],
  },
  {
    given: 'request: $Cat → allOf [$Cat, { required: [lives] }]',
    pair: named(body(Cat, allOf(Cat, { required: ['lives'] })), { Cat }),
    forward: ['request-all-of-added@error', 'request-property-became-required@error'],
    backward: ['request-all-of-removed@info', 'request-property-became-optional@info'],
  },
  {
    given: 'request and response: one schema written as allOf parts of the same keywords',
    pair: body(obj({ a: 'string' }, ['a']), allOf(obj({ a: 'string' }), { required: ['a'] })),
    forward: [],
    backward: [],
  },
  // A union that appears beside other keywords constrains the value further.
  {
    given: 'request: object gains oneOf [required a, required b]',
    pair: body(obj({ a: 'string', b: 'string' }), {
      ...obj({ a: 'string', b: 'string' }),
      oneOf: [{ required: ['a'] }, { required: ['b'] }],
    }),
    forward: ['request-union-added@warn'],
    backward: ['request-union-removed@info'],
  },
  {
    given: 'response: object gains oneOf [required a, required b]',
    pair: field(obj({ a: 'string', b: 'string' }), {
      ...obj({ a: 'string', b: 'string' }),
      oneOf: [{ required: ['a'] }, { required: ['b'] }],
    }),
    forward: ['response-union-added@info'],
    backward: ['response-union-removed@warn'],
  },
  // Discriminators.
  {
    given: 'request: discriminator mapping key dog renamed hound',
    pair: named(body(mapped({ cat: 'Cat', dog: 'Dog' }), mapped({ cat: 'Cat', hound: 'Dog' })), { Cat, Dog }),
    forward: ['request-discriminator-mapping-changed@error'],
    backward: ['request-discriminator-mapping-changed@error'],
  },
  {
    given: 'response: discriminator mapping key dog renamed hound',
    pair: named(field(mapped({ cat: 'Cat', dog: 'Dog' }), mapped({ cat: 'Cat', hound: 'Dog' })), { Cat, Dog }),
    forward: ['response-discriminator-mapping-changed@warn'],
    backward: ['response-discriminator-mapping-changed@warn'],
  },
  {
    given: 'request: a mapping key that now points at another schema',
    pair: named(body(mapped({ cat: 'Cat', dog: 'Dog' }), mapped({ cat: 'Dog', dog: 'Dog' })), { Cat, Dog }),
    forward: ['request-discriminator-mapping-changed@error'],
    backward: ['request-discriminator-mapping-changed@error'],
  },
  {
    given: 'request: a mapping key added',
    pair: named(body(mapped({ cat: 'Cat' }), mapped({ cat: 'Cat', dog: 'Dog' })), { Cat, Dog }),
    forward: [],
    backward: ['request-discriminator-mapping-changed@error'],
  },
  {
    given: 'response: a mapping key added',
    pair: named(field(mapped({ cat: 'Cat' }), mapped({ cat: 'Cat', dog: 'Dog' })), { Cat, Dog }),
    forward: ['response-discriminator-mapping-changed@warn'],
    backward: [],
  },
  {
    given: 'response: discriminator property renamed',
    pair: field({ ...Pet(Cat, Dog) }, { oneOf: [Cat, Dog], discriminator: { propertyName: 'species' } }),
    forward: ['response-discriminator-changed@warn'],
    backward: ['response-discriminator-changed@warn'],
  },
  {
    given: 'request: discriminator property renamed',
    pair: body({ ...Pet(Cat, Dog) }, { oneOf: [Cat, Dog], discriminator: { propertyName: 'species' } }),
    forward: ['request-discriminator-changed@error'],
    backward: ['request-discriminator-changed@error'],
  },
];

/** `id@level` of every change from `old` to `next`, sorted. */
export const verdicts = (old: LoadedSpec, next: LoadedSpec): string[] =>
  diffSpecs(old, next)
    .map((change) => `${change.id}@${change.level}`)
    .sort();

/**
 * The rows as rule cases for the catalogue: for each rule a row fires, that
 * row read both ways, each wanting as many changes of the rule as it gives.
 */
export const compositionCases: RuleCase[] = [
  ...compositionRows.flatMap((row) => {
    const fired = new Set([...row.forward, ...row.backward].map((verdict) => verdict.split('@')[0]!));
    return [...fired].flatMap((rule): RuleCase[] => [
      { rule, given: `${row.given} (forward)`, pair: row.pair, want: count(row.forward, rule) },
      { rule, given: `${row.given} (backward)`, pair: [row.pair[1], row.pair[0]], want: count(row.backward, rule) },
    ]);
  }),
  {
    rule: 'request-discriminator-changed',
    given: 'discriminator property unchanged, mapping grown',
    pair: named(body(mapped({ cat: 'Cat' }), mapped({ cat: 'Cat', dog: 'Dog' })), { Cat, Dog }),
    want: 0,
  },
];
