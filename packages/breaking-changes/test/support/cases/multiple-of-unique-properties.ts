import type { SchemaObject } from '@circleci-kit/spec-loader';
import type { RuleCase } from '../rule-cases.ts';
import { obj, parameterPair, requestPair, responsePair, spec } from '../build-spec.ts';

const s = (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', ...extra });
const int = (extra: SchemaObject = {}): SchemaObject => ({ type: 'integer', ...extra });
const num = (extra: SchemaObject = {}): SchemaObject => ({ type: 'number', ...extra });
const arr = (extra: SchemaObject = {}): SchemaObject => ({ type: 'array', items: s(), ...extra });
/** A map of string values: an object whose property count the bounds limit. */
const map = (extra: SchemaObject = {}): SchemaObject => ({
  type: 'object',
  additionalProperties: s(),
  ...extra,
});
const body = (old: SchemaObject, next: SchemaObject) => requestPair(obj({ value: old }), obj({ value: next }));
const field = (old: SchemaObject, next: SchemaObject) => responsePair(obj({ value: old }), obj({ value: next }));
const query = (old: SchemaObject, next: SchemaObject) =>
  parameterPair({ name: 'q', schema: old }, { name: 'q', schema: next });
const header = (schema: SchemaObject) =>
  spec({ responses: { '200': { content: { 'application/json': obj({}) }, headers: { 'X-Count': { schema } } } } });

/**
 * Minimal pairs of the request rules for `multipleOf`, `uniqueItems` and
 * `minProperties`/`maxProperties`, keywords the consumer oracle found
 * without a rule.
 */
export const multipleOfUniquePropertiesRequestCases: RuleCase[] = [
  { rule: 'request-multiple-of-tightened', given: 'none → 2', pair: body(int(), int({ multipleOf: 2 })), want: 1 },
  {
    rule: 'request-multiple-of-tightened',
    given: '2 → 4',
    pair: body(int({ multipleOf: 2 }), int({ multipleOf: 4 })),
    want: 1,
  },
  {
    rule: 'request-multiple-of-tightened',
    given: '0.01 → 0.05 (0.05 / 0.01 is 5.000000000000001 in floating point)',
    pair: body(num({ multipleOf: 0.01 }), num({ multipleOf: 0.05 })),
    want: 1,
  },
  {
    rule: 'request-multiple-of-tightened',
    given: '0.1 → 0.3 (0.3 / 0.1 is 2.9999999999999996)',
    pair: body(num({ multipleOf: 0.1 }), num({ multipleOf: 0.3 })),
    want: 1,
  },
  {
    rule: 'request-multiple-of-tightened',
    given: '2 → 3 (both ways: 2 is refused now)',
    pair: body(int({ multipleOf: 2 }), int({ multipleOf: 3 })),
    want: 1,
  },
  {
    rule: 'request-multiple-of-tightened',
    given: 'query parameter gains one',
    pair: query(int(), int({ multipleOf: 10 })),
    want: 1,
  },
  {
    rule: 'request-multiple-of-tightened',
    given: '4 → 2',
    pair: body(int({ multipleOf: 4 }), int({ multipleOf: 2 })),
    want: 0,
  },
  {
    rule: 'request-multiple-of-tightened',
    given: '0.05 → 0.01',
    pair: body(num({ multipleOf: 0.05 }), num({ multipleOf: 0.01 })),
    want: 0,
  },
  {
    rule: 'request-multiple-of-tightened',
    given: 'an integer gains multipleOf 1 (the same integers)',
    pair: body(int(), int({ multipleOf: 1 })),
    want: 0,
  },
  {
    rule: 'request-multiple-of-tightened',
    given: 'an integer gains multipleOf 0.5 (every integer still)',
    pair: body(int(), int({ multipleOf: 0.5 })),
    want: 0,
  },
  {
    rule: 'request-multiple-of-tightened',
    given: 'a number gains multipleOf 1 (1.5 is refused now)',
    pair: body(num(), num({ multipleOf: 1 })),
    want: 1,
  },
  {
    rule: 'request-multiple-of-tightened',
    given: 'readOnly property gains one (never sent)',
    pair: body(int({ readOnly: true }), int({ readOnly: true, multipleOf: 2 })),
    want: 0,
  },
  {
    rule: 'request-multiple-of-tightened',
    given: 'a response value gains one',
    pair: field(int(), int({ multipleOf: 2 })),
    want: 0,
  },
  { rule: 'request-multiple-of-loosened', given: '2 → none', pair: body(int({ multipleOf: 2 }), int()), want: 1 },
  {
    rule: 'request-multiple-of-loosened',
    given: '0.05 → 0.01',
    pair: body(num({ multipleOf: 0.05 }), num({ multipleOf: 0.01 })),
    want: 1,
  },
  {
    rule: 'request-multiple-of-loosened',
    given: '2 → 3 (both ways: that is request-multiple-of-tightened)',
    pair: body(int({ multipleOf: 2 }), int({ multipleOf: 3 })),
    want: 0,
  },
  { rule: 'request-multiple-of-loosened', given: 'none → 2', pair: body(int(), int({ multipleOf: 2 })), want: 0 },
  {
    rule: 'request-unique-items-added',
    given: 'none → true',
    pair: body(arr(), arr({ uniqueItems: true })),
    want: 1,
  },
  {
    rule: 'request-unique-items-added',
    given: 'false → true, on a query parameter',
    pair: query(arr({ uniqueItems: false }), arr({ uniqueItems: true })),
    want: 1,
  },
  {
    rule: 'request-unique-items-added',
    given: 'an allOf part gained with uniqueItems',
    pair: body(arr(), { allOf: [arr(), { uniqueItems: true }] }),
    want: 1,
  },
  {
    rule: 'request-unique-items-added',
    given: 'false → none (the same)',
    pair: body(arr({ uniqueItems: false }), arr()),
    want: 0,
  },
  {
    rule: 'request-unique-items-added',
    given: 'true → none',
    pair: body(arr({ uniqueItems: true }), arr()),
    want: 0,
  },
  {
    rule: 'request-unique-items-removed',
    given: 'true → none',
    pair: body(arr({ uniqueItems: true }), arr()),
    want: 1,
  },
  {
    rule: 'request-unique-items-removed',
    given: 'true → false',
    pair: body(arr({ uniqueItems: true }), arr({ uniqueItems: false })),
    want: 1,
  },
  {
    rule: 'request-unique-items-removed',
    given: 'none → true',
    pair: body(arr(), arr({ uniqueItems: true })),
    want: 0,
  },
  {
    rule: 'request-max-properties-decreased',
    given: '5 → 3',
    pair: body(map({ maxProperties: 5 }), map({ maxProperties: 3 })),
    want: 1,
  },
  {
    rule: 'request-max-properties-decreased',
    given: 'none → 3',
    pair: body(map(), map({ maxProperties: 3 })),
    want: 1,
  },
  {
    rule: 'request-max-properties-decreased',
    given: 'on the body root',
    pair: requestPair(obj({ a: s() }), { ...obj({ a: s() }), maxProperties: 1 }),
    want: 1,
  },
  {
    rule: 'request-max-properties-decreased',
    given: '3 → 5',
    pair: body(map({ maxProperties: 3 }), map({ maxProperties: 5 })),
    want: 0,
  },
  {
    rule: 'request-max-properties-increased',
    given: '3 → 5',
    pair: body(map({ maxProperties: 3 }), map({ maxProperties: 5 })),
    want: 1,
  },
  {
    rule: 'request-max-properties-increased',
    given: '3 → none',
    pair: body(map({ maxProperties: 3 }), map()),
    want: 1,
  },
  {
    rule: 'request-max-properties-increased',
    given: '5 → 3',
    pair: body(map({ maxProperties: 5 }), map({ maxProperties: 3 })),
    want: 0,
  },
  {
    rule: 'request-min-properties-increased',
    given: '1 → 2',
    pair: body(map({ minProperties: 1 }), map({ minProperties: 2 })),
    want: 1,
  },
  {
    rule: 'request-min-properties-increased',
    given: 'none → 1',
    pair: body(map(), map({ minProperties: 1 })),
    want: 1,
  },
  {
    rule: 'request-min-properties-increased',
    given: 'an allOf part gained with minProperties',
    pair: body(map(), { allOf: [map(), { minProperties: 1 }] }),
    want: 1,
  },
  {
    rule: 'request-min-properties-increased',
    given: '2 → 1',
    pair: body(map({ minProperties: 2 }), map({ minProperties: 1 })),
    want: 0,
  },
  {
    rule: 'request-min-properties-decreased',
    given: '2 → 1',
    pair: body(map({ minProperties: 2 }), map({ minProperties: 1 })),
    want: 1,
  },
  {
    rule: 'request-min-properties-decreased',
    given: '1 → none',
    pair: body(map({ minProperties: 1 }), map()),
    want: 1,
  },
  {
    rule: 'request-min-properties-decreased',
    given: 'none → 1',
    pair: body(map(), map({ minProperties: 1 })),
    want: 0,
  },
];

/** Minimal pairs of the response rules for `multipleOf`, `uniqueItems` and `minProperties`/`maxProperties`. */
export const multipleOfUniquePropertiesResponseCases: RuleCase[] = [
  { rule: 'response-multiple-of-loosened', given: '2 → none', pair: field(int({ multipleOf: 2 }), int()), want: 1 },
  {
    rule: 'response-multiple-of-loosened',
    given: '0.05 → 0.01',
    pair: field(num({ multipleOf: 0.05 }), num({ multipleOf: 0.01 })),
    want: 1,
  },
  {
    rule: 'response-multiple-of-loosened',
    given: '2 → 3 (both ways: 3 may be returned now)',
    pair: field(int({ multipleOf: 2 }), int({ multipleOf: 3 })),
    want: 1,
  },
  {
    rule: 'response-multiple-of-loosened',
    given: 'response header 10 → 5',
    pair: [header(int({ multipleOf: 10 })), header(int({ multipleOf: 5 }))],
    want: 1,
  },
  { rule: 'response-multiple-of-loosened', given: 'none → 2', pair: field(int(), int({ multipleOf: 2 })), want: 0 },
  {
    rule: 'response-multiple-of-loosened',
    given: 'an integer loses multipleOf 1 (the same integers)',
    pair: field(int({ multipleOf: 1 }), int()),
    want: 0,
  },
  {
    rule: 'response-multiple-of-loosened',
    given: 'writeOnly property loses one (never returned)',
    pair: field(int({ writeOnly: true, multipleOf: 2 }), int({ writeOnly: true })),
    want: 0,
  },
  {
    rule: 'response-multiple-of-tightened',
    given: 'none → 2',
    pair: field(int(), int({ multipleOf: 2 })),
    want: 1,
  },
  {
    rule: 'response-multiple-of-tightened',
    given: '0.01 → 0.05',
    pair: field(num({ multipleOf: 0.01 }), num({ multipleOf: 0.05 })),
    want: 1,
  },
  {
    rule: 'response-multiple-of-tightened',
    given: '2 → 3 (both ways: that is response-multiple-of-loosened)',
    pair: field(int({ multipleOf: 2 }), int({ multipleOf: 3 })),
    want: 0,
  },
  { rule: 'response-multiple-of-tightened', given: '2 → none', pair: field(int({ multipleOf: 2 }), int()), want: 0 },
  {
    rule: 'response-multiple-of-tightened',
    given: 'a request value gains one',
    pair: body(int(), int({ multipleOf: 2 })),
    want: 0,
  },
  {
    rule: 'response-unique-items-removed',
    given: 'true → none',
    pair: field(arr({ uniqueItems: true }), arr()),
    want: 1,
  },
  {
    rule: 'response-unique-items-removed',
    given: 'true → false',
    pair: field(arr({ uniqueItems: true }), arr({ uniqueItems: false })),
    want: 1,
  },
  {
    rule: 'response-unique-items-removed',
    given: 'none → true',
    pair: field(arr(), arr({ uniqueItems: true })),
    want: 0,
  },
  {
    rule: 'response-unique-items-removed',
    given: 'writeOnly property loses it (never returned)',
    pair: field(arr({ writeOnly: true, uniqueItems: true }), arr({ writeOnly: true })),
    want: 0,
  },
  {
    rule: 'response-unique-items-added',
    given: 'none → true',
    pair: field(arr(), arr({ uniqueItems: true })),
    want: 1,
  },
  {
    rule: 'response-unique-items-added',
    given: 'none → false (the same)',
    pair: field(arr(), arr({ uniqueItems: false })),
    want: 0,
  },
  {
    rule: 'response-unique-items-added',
    given: 'a request array gains it',
    pair: body(arr(), arr({ uniqueItems: true })),
    want: 0,
  },
  {
    rule: 'response-max-properties-increased',
    given: '3 → 5',
    pair: field(map({ maxProperties: 3 }), map({ maxProperties: 5 })),
    want: 1,
  },
  {
    rule: 'response-max-properties-increased',
    given: '3 → none',
    pair: field(map({ maxProperties: 3 }), map()),
    want: 1,
  },
  {
    rule: 'response-max-properties-increased',
    given: '5 → 3',
    pair: field(map({ maxProperties: 5 }), map({ maxProperties: 3 })),
    want: 0,
  },
  {
    rule: 'response-min-properties-decreased',
    given: '2 → 1',
    pair: field(map({ minProperties: 2 }), map({ minProperties: 1 })),
    want: 1,
  },
  {
    rule: 'response-min-properties-decreased',
    given: '1 → none',
    pair: field(map({ minProperties: 1 }), map()),
    want: 1,
  },
  {
    rule: 'response-min-properties-decreased',
    given: '1 → 2',
    pair: field(map({ minProperties: 1 }), map({ minProperties: 2 })),
    want: 0,
  },
  {
    rule: 'response-max-properties-decreased',
    given: '5 → 3',
    pair: field(map({ maxProperties: 5 }), map({ maxProperties: 3 })),
    want: 1,
  },
  {
    rule: 'response-max-properties-decreased',
    given: 'none → 3',
    pair: field(map(), map({ maxProperties: 3 })),
    want: 1,
  },
  {
    rule: 'response-max-properties-decreased',
    given: '3 → none',
    pair: field(map({ maxProperties: 3 }), map()),
    want: 0,
  },
  {
    rule: 'response-min-properties-increased',
    given: '1 → 2',
    pair: field(map({ minProperties: 1 }), map({ minProperties: 2 })),
    want: 1,
  },
  {
    rule: 'response-min-properties-increased',
    given: 'none → 1',
    pair: field(map(), map({ minProperties: 1 })),
    want: 1,
  },
  {
    rule: 'response-min-properties-increased',
    given: '2 → 1',
    pair: field(map({ minProperties: 2 }), map({ minProperties: 1 })),
    want: 0,
  },
  {
    rule: 'response-min-properties-increased',
    given: 'a request object gains one',
    pair: body(map(), map({ minProperties: 1 })),
    want: 0,
  },
];
