import type { LoadedSpec, SchemaObject } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/index.ts';
import { obj, parameterPair, requestPair, responsePair, spec } from '../support/build-spec.ts';

const s = (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', ...extra });
const int = (extra: SchemaObject = {}): SchemaObject => ({ type: 'integer', ...extra });
const num = (extra: SchemaObject = {}): SchemaObject => ({ type: 'number', ...extra });
const arr = (extra: SchemaObject = {}): SchemaObject => ({ type: 'array', items: s(), ...extra });
const map = (extra: SchemaObject = {}): SchemaObject => ({ type: 'object', additionalProperties: s(), ...extra });
/** A JSON Schema type list, which the loader's type does not spell. */
const types = (...list: string[]): SchemaObject => ({ type: list }) as unknown as SchemaObject;
const ro = (extra: SchemaObject = {}): SchemaObject => s({ readOnly: true, ...extra });
const wo = (extra: SchemaObject = {}): SchemaObject => s({ writeOnly: true, ...extra });
const body = (old: SchemaObject, next: SchemaObject) => requestPair(obj({ value: old }), obj({ value: next }));
const field = (old: SchemaObject, next: SchemaObject) => responsePair(obj({ value: old }), obj({ value: next }));
const query = (old: SchemaObject, next: SchemaObject) =>
  parameterPair({ name: 'q', schema: old }, { name: 'q', schema: next });
const rawBody = (schema: SchemaObject | undefined) =>
  spec({ method: 'post', body: { content: { 'application/json': schema! } } });
const secured = (security: Array<Record<string, string[]>>) => spec({ security });

interface Row {
  given: string;
  pair: [LoadedSpec, LoadedSpec];
  /** `id@level` of every change, old → new. */
  forward: string[];
  /** `id@level` of every change, new → old. */
  backward: string[];
  /** Words the forward messages must hold (which way it went). */
  says?: string;
}

const rows: Row[] = [
  // 1. readOnly / writeOnly
  {
    given: 'request: required readOnly property added',
    pair: requestPair(obj({ a: s() }), obj({ a: s(), id: ro() }, ['id'])),
    forward: [],
    backward: [],
  },
  {
    given: 'request: readOnly property tightened (maxLength, enum, type)',
    pair: requestPair(
      obj({ id: ro({ enum: ['a', 'b'] }) }),
      obj({ id: { type: 'integer', readOnly: true, maximum: 3 } }),
    ),
    forward: [],
    backward: [],
  },
  {
    given: 'request: readOnly dropped from a required property (clients must now send it)',
    pair: requestPair(obj({ id: ro() }, ['id']), obj({ id: s() }, ['id'])),
    forward: ['request-property-added-required@error'],
    backward: ['request-property-removed@warn'],
  },
  {
    given: 'response: the same required readOnly property is still seen',
    pair: responsePair(obj({ a: s() }), obj({ a: s(), id: ro() }, ['id'])),
    forward: ['response-property-added@info'],
    backward: ['response-required-property-removed@error'],
  },
  {
    given: 'response: required writeOnly property added',
    pair: responsePair(obj({ a: s() }), obj({ a: s(), secret: wo() }, ['secret'])),
    forward: [],
    backward: [],
  },
  {
    given: 'response: writeOnly property loosened (maxLength removed, type changed)',
    pair: responsePair(obj({ secret: wo({ maxLength: 8 }) }), obj({ secret: { type: 'integer', writeOnly: true } })),
    forward: [],
    backward: [],
  },
  {
    given: 'request: the same writeOnly property is still seen',
    pair: requestPair(obj({ secret: wo({ maxLength: 8 }) }), obj({ secret: wo() })),
    forward: ['request-max-length-increased@info'],
    backward: ['request-max-length-decreased@error'],
  },
  // 2. type and format by direction
  {
    given: 'request body: integer → number',
    pair: body(int(), num()),
    forward: ['request-property-type-widened@info'],
    backward: ['request-property-type-changed@error'],
    says: 'type widened from integer to number',
  },
  {
    given: 'request body: string → integer',
    pair: body(s(), int()),
    forward: ['request-property-type-changed@error'],
    backward: ['request-property-type-changed@error'],
    says: 'type changed from string to integer',
  },
  {
    given: 'request body: a type added to a type list',
    pair: body(types('string'), types('string', 'null')),
    forward: ['request-property-type-widened@info'],
    backward: ['request-property-type-changed@error'],
    says: 'type widened from string to string | null',
  },
  {
    given: 'request body: nullable added',
    pair: body(s(), s({ nullable: true })),
    forward: ['request-became-nullable@info'],
    backward: ['request-became-not-nullable@error'],
  },
  {
    given: 'request body: format added',
    pair: body(s(), s({ format: 'uuid' })),
    forward: ['request-property-format-changed@error'],
    backward: ['request-property-format-widened@info'],
    says: 'format added: uuid',
  },
  {
    given: 'request body: int32 → int64',
    pair: body(int({ format: 'int32' }), int({ format: 'int64' })),
    forward: ['request-property-format-widened@info'],
    backward: ['request-property-format-changed@error'],
    says: 'format widened from int32 to int64',
  },
  {
    given: 'request body: date → date-time',
    pair: body(s({ format: 'date' }), s({ format: 'date-time' })),
    forward: ['request-property-format-changed@error'],
    backward: ['request-property-format-changed@error'],
    says: 'format changed from date to date-time',
  },
  {
    given: 'query parameter: integer → number',
    pair: query(int(), num()),
    forward: ['parameter-type-widened@info'],
    backward: ['parameter-type-changed@error'],
    says: 'type widened',
  },
  {
    given: 'query parameter: format removed',
    pair: query(s({ format: 'uuid' }), s()),
    forward: ['parameter-format-widened@info'],
    backward: ['parameter-format-changed@error'],
    says: 'format removed (was uuid)',
  },
  {
    given: 'response: number → integer',
    pair: field(num(), int()),
    forward: ['response-property-type-narrowed@info'],
    backward: ['response-property-type-changed@error'],
    says: 'type narrowed from number to integer',
  },
  {
    given: 'response: string → integer',
    pair: field(s(), int()),
    forward: ['response-property-type-changed@error'],
    backward: ['response-property-type-changed@error'],
    says: 'type changed',
  },
  {
    given: 'response: format added',
    pair: field(s(), s({ format: 'date-time' })),
    forward: ['response-property-format-narrowed@info'],
    backward: ['response-property-format-changed@warn'],
    says: 'format added: date-time',
  },
  {
    given: 'response: format changed',
    pair: field(s({ format: 'date' }), s({ format: 'uuid' })),
    forward: ['response-property-format-changed@warn'],
    backward: ['response-property-format-changed@warn'],
    says: 'format changed from date to uuid',
  },
  // 5. bounds
  {
    given: 'response: minLength lowered',
    pair: field(s({ minLength: 3 }), s({ minLength: 1 })),
    forward: ['response-min-length-decreased@warn'],
    backward: ['response-min-length-increased@info'],
  },
  {
    given: 'response: minItems removed',
    pair: field(arr({ minItems: 1 }), arr()),
    forward: ['response-min-items-decreased@warn'],
    backward: ['response-min-items-increased@info'],
  },
  {
    given: 'response: maxLength removed',
    pair: field(s({ maxLength: 40 }), s()),
    forward: ['response-max-length-increased@warn'],
    backward: ['response-max-length-decreased@info'],
  },
  {
    given: 'response: maxItems removed',
    pair: field(arr({ maxItems: 100 }), arr()),
    forward: ['response-max-items-increased@warn'],
    backward: ['response-max-items-decreased@info'],
  },
  {
    given: 'response: maximum lowered',
    pair: field(int({ maximum: 100 }), int({ maximum: 10 })),
    forward: ['response-maximum-decreased@info'],
    backward: ['response-maximum-increased@warn'],
    says: '`maximum` tightened from 100 to 10',
  },
  {
    given: 'response: minimum added where there was none',
    pair: field(int(), int({ minimum: 1 })),
    forward: ['response-minimum-increased@info'],
    backward: ['response-minimum-decreased@warn'],
    says: '`minimum` tightened from none to 1',
  },
  {
    given: 'request: maxLength added where there was none',
    pair: body(s(), s({ maxLength: 40 })),
    forward: ['request-max-length-decreased@error'],
    backward: ['request-max-length-increased@info'],
  },
  {
    given: 'request: minItems added where there was none',
    pair: body(arr(), arr({ minItems: 1 })),
    forward: ['request-min-items-increased@error'],
    backward: ['request-min-items-decreased@info'],
  },
  {
    given: 'request: minLength added where there was none',
    pair: body(s(), s({ minLength: 1 })),
    forward: ['request-min-length-increased@error'],
    backward: ['request-min-length-decreased@info'],
  },
  // 6. a request body that gains a schema
  {
    given: 'request body: {} → an object schema (the walk adds what the object holds)',
    pair: [rawBody({}), rawBody(obj({ a: s() }))],
    forward: ['request-body-schema-added@warn', 'request-property-added-optional@info'],
    backward: ['request-property-removed@warn', 'request-property-type-widened@info'],
  },
  {
    given: 'request body: no schema → an object schema with a required property',
    pair: [rawBody(undefined), rawBody(obj({ a: s() }, ['a']))],
    forward: ['request-body-schema-added@warn'],
    backward: [],
  },
  {
    given: 'request body property: any value → string (a type appears)',
    pair: body({}, s()),
    forward: ['request-property-type-changed@error'],
    backward: ['request-property-type-widened@info'],
    says: 'from any to string',
  },
  {
    given: 'response property: string → any value (the type disappears)',
    pair: field(s(), {}),
    forward: ['response-property-type-changed@error'],
    backward: ['response-property-type-narrowed@info'],
    says: 'from string to any',
  },
  {
    given: 'response property: an enum without a type → any value (the enum rule judges it)',
    pair: field({ enum: ['a'] }, {}),
    forward: ['response-enum-removed@warn'],
    backward: ['response-enum-added@info'],
  },
  // 7. defaults
  {
    given: 'request body property: default added',
    pair: body(s(), s({ default: 'main' })),
    forward: ['request-default-added@warn'],
    backward: ['request-default-removed@warn'],
  },
  {
    given: 'request body property: default changed',
    pair: body(s({ default: 'main' }), s({ default: 'master' })),
    forward: ['request-default-changed@warn'],
    backward: ['request-default-changed@warn'],
  },
  {
    given: 'query parameter: default added',
    pair: query(int(), int({ default: 20 })),
    forward: ['request-default-added@warn'],
    backward: ['request-default-removed@warn'],
  },
  // 8. security
  {
    given: 'api key → public',
    pair: [secured([{ api_key_header: [] }]), secured([])],
    forward: ['security-removed@info'],
    backward: ['security-required-added@error'],
  },
  {
    given: 'api key → api key or anonymous',
    pair: [secured([{ api_key_header: [] }]), secured([{}, { api_key_header: [] }])],
    forward: ['security-removed@info'],
    backward: ['security-required-added@error'],
  },
  {
    given: 'api key or basic auth → api key',
    pair: [secured([{ api_key_header: [] }, { basic_auth: [] }]), secured([{ api_key_header: [] }])],
    forward: ['security-scheme-removed@error'],
    backward: ['security-scheme-added@info'],
  },
  {
    given: 'oauth read → read and write',
    pair: [secured([{ oauth: ['read'] }]), secured([{ oauth: ['read', 'write'] }])],
    forward: ['security-scope-added@error'],
    backward: [],
  },
  // 9. multipleOf: the new set of numbers inside the old (a whole multiple of the old step), outside it, or both
  {
    given: 'request body: multipleOf 2 added to an integer',
    pair: body(int(), int({ multipleOf: 2 })),
    forward: ['request-multiple-of-tightened@error'],
    backward: ['request-multiple-of-loosened@info'],
    says: '`multipleOf` tightened from none to 2',
  },
  {
    given: 'request body: multipleOf 0.01 → 0.05 (a whole multiple, despite floating point)',
    pair: body(num({ multipleOf: 0.01 }), num({ multipleOf: 0.05 })),
    forward: ['request-multiple-of-tightened@error'],
    backward: ['request-multiple-of-loosened@info'],
    says: '`multipleOf` tightened from 0.01 to 0.05',
  },
  {
    given: 'request body: multipleOf 2 → 3 (each refuses a number the other allows)',
    pair: body(int({ multipleOf: 2 }), int({ multipleOf: 3 })),
    forward: ['request-multiple-of-tightened@error'],
    backward: ['request-multiple-of-tightened@error'],
    says: '`multipleOf` changed from 2 to 3',
  },
  {
    given: 'response: multipleOf 0.01 → 0.05',
    pair: field(num({ multipleOf: 0.01 }), num({ multipleOf: 0.05 })),
    forward: ['response-multiple-of-tightened@info'],
    backward: ['response-multiple-of-loosened@warn'],
    says: '`multipleOf` tightened from 0.01 to 0.05',
  },
  {
    given: 'response: multipleOf 2 → 3',
    pair: field(int({ multipleOf: 2 }), int({ multipleOf: 3 })),
    forward: ['response-multiple-of-loosened@warn'],
    backward: ['response-multiple-of-loosened@warn'],
    says: '`multipleOf` changed from 2 to 3',
  },
  {
    given: 'request body: an integer gains multipleOf 1 (the same integers)',
    pair: body(int(), int({ multipleOf: 1 })),
    forward: [],
    backward: [],
  },
  {
    given: 'query parameter: multipleOf 10 added',
    pair: query(int(), int({ multipleOf: 10 })),
    forward: ['request-multiple-of-tightened@error'],
    backward: ['request-multiple-of-loosened@info'],
  },
  {
    given: 'request: readOnly property gains multipleOf (never sent)',
    pair: requestPair(obj({ n: int({ readOnly: true }) }), obj({ n: int({ readOnly: true, multipleOf: 2 }) })),
    forward: [],
    backward: [],
  },
  {
    given: 'response: writeOnly property gains multipleOf (never returned)',
    pair: responsePair(obj({ n: int({ writeOnly: true }) }), obj({ n: int({ writeOnly: true, multipleOf: 2 }) })),
    forward: [],
    backward: [],
  },
  // 10. uniqueItems (false and absent say the same)
  {
    given: 'request body: uniqueItems added',
    pair: body(arr(), arr({ uniqueItems: true })),
    forward: ['request-unique-items-added@error'],
    backward: ['request-unique-items-removed@info'],
    says: '`uniqueItems` added',
  },
  {
    given: 'response: uniqueItems added',
    pair: field(arr({ uniqueItems: false }), arr({ uniqueItems: true })),
    forward: ['response-unique-items-added@info'],
    backward: ['response-unique-items-removed@warn'],
    says: '`uniqueItems` added',
  },
  {
    given: 'request body: uniqueItems false → absent',
    pair: body(arr({ uniqueItems: false }), arr()),
    forward: [],
    backward: [],
  },
  // 11. minProperties / maxProperties
  {
    given: 'request body: maxProperties added',
    pair: body(map(), map({ maxProperties: 3 })),
    forward: ['request-max-properties-decreased@error'],
    backward: ['request-max-properties-increased@info'],
    says: '`maxProperties` tightened from none to 3',
  },
  {
    given: 'request body: minProperties raised',
    pair: body(map({ minProperties: 1 }), map({ minProperties: 2 })),
    forward: ['request-min-properties-increased@error'],
    backward: ['request-min-properties-decreased@info'],
    says: '`minProperties` tightened from 1 to 2',
  },
  {
    given: 'response: maxProperties removed',
    pair: field(map({ maxProperties: 3 }), map()),
    forward: ['response-max-properties-increased@warn'],
    backward: ['response-max-properties-decreased@info'],
    says: '`maxProperties` loosened from 3 to none',
  },
  {
    given: 'response: minProperties lowered',
    pair: field(map({ minProperties: 2 }), map({ minProperties: 1 })),
    forward: ['response-min-properties-decreased@warn'],
    backward: ['response-min-properties-increased@info'],
    says: '`minProperties` loosened from 2 to 1',
  },
];

const verdicts = (old: LoadedSpec, next: LoadedSpec) =>
  diffSpecs(old, next)
    .map((change) => `${change.id}@${change.level}`)
    .sort();

describe('verdicts by direction, each pair read both ways', () => {
  it.each(rows)('$given', ({ pair, forward, backward, says }) => {
    expect(verdicts(pair[0], pair[1])).toEqual([...forward].sort());
    expect(verdicts(pair[1], pair[0])).toEqual([...backward].sort());
    if (says) for (const change of diffSpecs(pair[0], pair[1])) expect(change.message).toContain(says);
  });
});
