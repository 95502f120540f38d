import type { SchemaObject } from '@circleci-kit/spec-loader';
import type { RuleCase } from '../rule-cases.ts';
import { obj, requestPair, responsePair } from '../build-spec.ts';

/** An object of the given properties (and `required`) with `additionalProperties` set, or left out for `undefined`. */
const open = (
  extra: boolean | SchemaObject | undefined,
  properties: Record<string, SchemaObject | string> = {},
  required: string[] = [],
): SchemaObject => ({ ...obj(properties, required), ...(extra === undefined ? {} : { additionalProperties: extra }) });

const int: SchemaObject = { type: 'integer' };
const str: SchemaObject = { type: 'string' };
/** Numbers of a type in steps of `multipleOf`. */
const step = (multipleOf: number, type: 'integer' | 'number' = 'integer'): SchemaObject => ({ type, multipleOf });
/** Objects with a bound on how many properties they have. */
const keys = (bounds: Pick<SchemaObject, 'minProperties' | 'maxProperties'>): SchemaObject => ({
  type: 'object',
  ...bounds,
});
const uniqueList: SchemaObject = { type: 'array', uniqueItems: true };

/**
 * Minimal pairs of the request rules on extra properties: `additionalProperties`
 * moved, a property declared under a name the object already accepted, a
 * name required with no property, and `readOnly` moved.
 */
export const extraPropertiesRequestCases: RuleCase[] = [
  {
    rule: 'request-additional-properties-narrowed',
    given: 'true → integers only',
    pair: requestPair(open(true), open(int)),
    want: 1,
  },
  {
    rule: 'request-additional-properties-narrowed',
    given: 'not declared → integers only',
    pair: requestPair(open(undefined), open(int)),
    want: 1,
  },
  {
    rule: 'request-additional-properties-narrowed',
    given: 'strings → true',
    pair: requestPair(open(str), open(true)),
    want: 0,
  },
  {
    rule: 'request-additional-properties-narrowed',
    given: 'true → false (that is request-additional-properties-forbidden)',
    pair: requestPair(open(true), open(false)),
    want: 0,
  },
  {
    rule: 'request-additional-properties-narrowed',
    given: 'true → {}',
    pair: requestPair(open(true), open({})),
    want: 0,
  },
  {
    rule: 'request-additional-properties-forbidden',
    given: 'integers → false',
    pair: requestPair(open(int), open(false)),
    want: 1,
  },
  {
    rule: 'request-additional-properties-widened',
    given: 'false → true',
    pair: requestPair(open(false), open(true)),
    want: 1,
  },
  {
    rule: 'request-additional-properties-widened',
    given: 'strings → not declared',
    pair: requestPair(open(str), open(undefined)),
    want: 1,
  },
  {
    rule: 'request-additional-properties-widened',
    given: 'true → false',
    pair: requestPair(open(true), open(false)),
    want: 0,
  },
  {
    rule: 'request-additional-properties-widened',
    given: 'not declared → true (both allow anything)',
    pair: requestPair(open(undefined), open(true)),
    want: 0,
  },
  {
    rule: 'request-property-added-narrowed',
    given: 'additionalProperties: true, optional integer `b` declared',
    pair: requestPair(open(true), open(true, { b: int })),
    want: 1,
  },
  {
    rule: 'request-property-added-narrowed',
    given: 'integer extras, `b` declared as a non-negative integer',
    pair: requestPair(open(int), open(int, { b: { type: 'integer', minimum: 0 } })),
    want: 1,
  },
  {
    rule: 'request-property-added-narrowed',
    given: 'integer extras, `b` declared as a number (accepts them all)',
    pair: requestPair(open(int), open(int, { b: { type: 'number' } })),
    want: 0,
  },
  {
    rule: 'request-property-added-narrowed',
    given: 'extras in steps of 4, `b` declared in steps of 2 (accepts them all)',
    pair: requestPair(open(step(4)), open(step(4), { b: step(2) })),
    want: 0,
  },
  {
    rule: 'request-property-added-narrowed',
    given: 'extras in steps of 2, `b` declared in steps of 4 (2 is refused)',
    pair: requestPair(open(step(2)), open(step(2), { b: step(4) })),
    want: 1,
  },
  {
    rule: 'request-property-added-narrowed',
    given: 'extras objects of 2 keys or more, `b` declared with 1 or more (accepts them all)',
    pair: requestPair(
      open(keys({ minProperties: 2 })),
      open(keys({ minProperties: 2 }), { b: keys({ minProperties: 1 }) }),
    ),
    want: 0,
  },
  {
    rule: 'request-property-added-narrowed',
    given: 'extras objects of 3 keys at most, `b` declared with 2 at most (3 keys refused)',
    pair: requestPair(
      open(keys({ maxProperties: 3 })),
      open(keys({ maxProperties: 3 }), { b: keys({ maxProperties: 2 }) }),
    ),
    want: 1,
  },
  {
    rule: 'request-property-added-narrowed',
    given: '`b` required with no property, then declared a string',
    pair: requestPair(open(undefined, {}, ['b']), open(undefined, { b: str }, ['b'])),
    want: 1,
  },
  {
    rule: 'request-property-added-narrowed',
    given: 'additionalProperties not declared (no promise about `b`)',
    pair: requestPair(open(undefined), open(undefined, { b: int })),
    want: 0,
  },
  {
    rule: 'request-property-added-narrowed',
    given: 'additionalProperties: false (`b` was refused)',
    pair: requestPair(open(false), open(false, { b: int })),
    want: 0,
  },
  {
    rule: 'request-property-added-narrowed',
    given: 'readOnly dropped from `b` under additionalProperties: true',
    pair: requestPair(open(true, { b: { type: 'boolean', readOnly: true } }), open(true, { b: { type: 'boolean' } })),
    want: 1,
  },
  {
    rule: 'request-property-added-optional',
    given: 'additionalProperties: true, `b` declared (that is request-property-added-narrowed)',
    pair: requestPair(open(true), open(true, { b: int })),
    want: 0,
  },
  {
    rule: 'request-property-added-optional',
    given: 'additionalProperties: false, `b` declared',
    pair: requestPair(open(false), open(false, { b: int })),
    want: 1,
  },
  {
    rule: 'request-property-added-optional',
    given: 'readOnly dropped from optional `b`',
    pair: requestPair(obj({ b: { type: 'boolean', readOnly: true } }), obj({ b: 'boolean' })),
    want: 1,
  },
  {
    rule: 'request-property-added-required',
    given: '`a` required with no property',
    pair: requestPair(obj({}), obj({}, ['a'])),
    want: 1,
  },
  {
    rule: 'request-property-added-required',
    given: '`a` required with no property in both',
    pair: requestPair(obj({}, ['a']), { ...obj({}, ['a']), description: 'a thing' }),
    want: 0,
  },
  {
    rule: 'request-property-added-required',
    given: 'readOnly required `c` dropped, its name still required',
    pair: requestPair(obj({ c: { type: 'integer', readOnly: true } }, ['c']), obj({}, ['c'])),
    want: 1,
  },
  {
    rule: 'request-property-added-required',
    given: 'readOnly dropped from required `b`',
    pair: requestPair(obj({ b: { type: 'boolean', readOnly: true } }, ['b']), obj({ b: 'boolean' }, ['b'])),
    want: 1,
  },
  {
    rule: 'request-property-added-required',
    given: 'readOnly required `b` stays readOnly',
    pair: requestPair(
      obj({ b: { type: 'boolean', readOnly: true } }, ['b']),
      obj({ b: { type: 'boolean', readOnly: true, description: 'server-set' } }, ['b']),
    ),
    want: 0,
  },
  {
    rule: 'request-property-removed',
    given: 'readOnly added to `b`',
    pair: requestPair(obj({ b: 'boolean' }), obj({ b: { type: 'boolean', readOnly: true } })),
    want: 1,
  },
  {
    rule: 'request-property-removed',
    given: 'writeOnly added to `b` (still sent)',
    pair: requestPair(obj({ b: 'boolean' }), obj({ b: { type: 'boolean', writeOnly: true } })),
    want: 0,
  },
];

/**
 * Minimal pairs of the response rules on extra properties: `additionalProperties`
 * moved, a property added where the old schema refused it, and `writeOnly` moved.
 */
export const extraPropertiesResponseCases: RuleCase[] = [
  {
    rule: 'response-additional-properties-widened',
    given: 'false → integers',
    pair: responsePair(open(false), open(int)),
    want: 1,
  },
  {
    rule: 'response-additional-properties-widened',
    given: 'false → not declared',
    pair: responsePair(open(false), open(undefined)),
    want: 1,
  },
  {
    rule: 'response-additional-properties-widened',
    given: 'strings → true',
    pair: responsePair(open(str), open(true)),
    want: 1,
  },
  {
    rule: 'response-additional-properties-widened',
    given: 'not declared → false',
    pair: responsePair(open(undefined), open(false)),
    want: 0,
  },
  {
    rule: 'response-additional-properties-widened',
    given: 'not declared → true (both allow anything)',
    pair: responsePair(open(undefined), open(true)),
    want: 0,
  },
  {
    rule: 'response-additional-properties-widened',
    given: 'strings → strings, described',
    pair: responsePair(open(str), open({ ...str, description: 'a label' })),
    want: 0,
  },
  {
    rule: 'response-property-type-changed',
    given: 'extra properties: strings → integers',
    pair: responsePair(open(str), open(int)),
    want: 1,
  },
  {
    rule: 'response-additional-properties-narrowed',
    given: 'true → strings',
    pair: responsePair(open(true), open(str)),
    want: 1,
  },
  {
    rule: 'response-additional-properties-narrowed',
    given: 'false → true',
    pair: responsePair(open(false), open(true)),
    want: 0,
  },
  {
    rule: 'response-property-added-unexpected',
    given: 'additionalProperties: false, `c` added',
    pair: responsePair(open(false), open(false, { c: str })),
    want: 1,
  },
  {
    rule: 'response-property-added-unexpected',
    given: 'string extras, boolean `a` added',
    pair: responsePair(open(str), open(str, { a: 'boolean' })),
    want: 1,
  },
  {
    rule: 'response-property-added-unexpected',
    given: 'string extras, short string `a` added',
    pair: responsePair(open(str), open(str, { a: { type: 'string', maxLength: 5 } })),
    want: 0,
  },
  {
    rule: 'response-property-added-unexpected',
    given: 'extras lists of different items, `a` added as such a list of strings',
    pair: responsePair(open(uniqueList), open(uniqueList, { a: { ...uniqueList, items: str } })),
    want: 0,
  },
  {
    rule: 'response-property-added-unexpected',
    given: 'extras lists of different items, `a` added as a list of at most one string',
    pair: responsePair(open(uniqueList), open(uniqueList, { a: { type: 'array', items: str, maxItems: 1 } })),
    want: 0,
  },
  {
    rule: 'response-property-added-unexpected',
    given: 'extras lists of different items, `a` added as any list of strings (repeats possible)',
    pair: responsePair(open(uniqueList), open(uniqueList, { a: { type: 'array', items: str } })),
    want: 1,
  },
  {
    rule: 'response-property-added-unexpected',
    given: 'extras in steps of 0.01, `a` added in steps of 0.05',
    pair: responsePair(open(step(0.01, 'number')), open(step(0.01, 'number'), { a: step(0.05, 'number') })),
    want: 0,
  },
  {
    rule: 'response-property-added-unexpected',
    given: 'extras in steps of 0.05, `a` added in steps of 0.01',
    pair: responsePair(open(step(0.05, 'number')), open(step(0.05, 'number'), { a: step(0.01, 'number') })),
    want: 1,
  },
  {
    rule: 'response-property-added-unexpected',
    given: 'string extras, nullable string `a` added',
    pair: responsePair(open(str), open(str, { a: { type: 'string', nullable: true } })),
    want: 1,
  },
  {
    rule: 'response-property-added-unexpected',
    given: 'additionalProperties not declared, `c` added',
    pair: responsePair(open(undefined), open(undefined, { c: str })),
    want: 0,
  },
  {
    rule: 'response-property-added-unexpected',
    given: 'writeOnly dropped from `b` under additionalProperties: false',
    pair: responsePair(
      open(false, { b: { type: 'boolean', writeOnly: true } }),
      open(false, { b: { type: 'boolean' } }),
    ),
    want: 1,
  },
  {
    rule: 'response-property-added-unexpected',
    given: 'writeOnly dropped from `b`, additionalProperties not declared',
    pair: responsePair(obj({ b: { type: 'boolean', writeOnly: true } }), obj({ b: 'boolean' })),
    want: 0,
  },
  {
    rule: 'response-property-added',
    given: 'additionalProperties: false, `c` added (that is response-property-added-unexpected)',
    pair: responsePair(open(false), open(false, { c: str })),
    want: 0,
  },
  {
    rule: 'response-property-added',
    given: 'writeOnly dropped from `b`',
    pair: responsePair(obj({ b: { type: 'boolean', writeOnly: true } }), obj({ b: 'boolean' })),
    want: 1,
  },
  {
    rule: 'response-optional-property-removed',
    given: 'writeOnly added to `b`',
    pair: responsePair(obj({ b: 'boolean' }), obj({ b: { type: 'boolean', writeOnly: true } })),
    want: 1,
  },
  {
    rule: 'response-optional-property-removed',
    given: 'readOnly added to `b` (still received)',
    pair: responsePair(obj({ b: 'boolean' }), obj({ b: { type: 'boolean', readOnly: true } })),
    want: 0,
  },
];
