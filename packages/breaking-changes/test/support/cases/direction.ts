import type { SchemaObject } from '@circleci-kit/spec-loader';
import type { RuleCase } from '../rule-cases.ts';
import { obj, parameterPair, requestPair, responsePair, spec } from '../build-spec.ts';

const s = (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', ...extra });
const int = (extra: SchemaObject = {}): SchemaObject => ({ type: 'integer', ...extra });
const num: SchemaObject = { type: 'number' };
const arr = (extra: SchemaObject = {}): SchemaObject => ({ type: 'array', items: s(), ...extra });
const body = (old: SchemaObject, next: SchemaObject) => requestPair(obj({ value: old }), obj({ value: next }));
const field = (old: SchemaObject, next: SchemaObject) => responsePair(obj({ value: old }), obj({ value: next }));
const query = (old: SchemaObject, next: SchemaObject) =>
  parameterPair({ name: 'q', schema: old }, { name: 'q', schema: next });
const rawBody = (schema: SchemaObject | undefined) =>
  spec({ method: 'post', body: { content: { 'application/json': schema! } } });

/** Minimal pairs of the parameter rules that tell a widened type or format from a narrowed one. */
export const directionParameterCases: RuleCase[] = [
  { rule: 'parameter-type-widened', given: 'integer → number', pair: query(int(), num), want: 1 },
  { rule: 'parameter-type-widened', given: 'number → integer', pair: query(num, int()), want: 0 },
  { rule: 'parameter-format-widened', given: 'uuid → none', pair: query(s({ format: 'uuid' }), s()), want: 1 },
  { rule: 'parameter-format-widened', given: 'none → uuid', pair: query(s(), s({ format: 'uuid' })), want: 0 },
];

/** Minimal pairs of the request rules added for direction-aware verdicts. */
export const directionRequestCases: RuleCase[] = [
  { rule: 'request-property-type-widened', given: 'integer → number', pair: body(int(), num), want: 1 },
  { rule: 'request-property-type-widened', given: 'number → integer', pair: body(num, int()), want: 0 },
  {
    rule: 'request-property-format-widened',
    given: 'int32 → int64',
    pair: body(int({ format: 'int32' }), int({ format: 'int64' })),
    want: 1,
  },
  { rule: 'request-property-format-widened', given: 'none → uuid', pair: body(s(), s({ format: 'uuid' })), want: 0 },
  {
    rule: 'request-property-format-changed',
    given: 'integer → number with int32 added (the type widens, the format narrows)',
    pair: body(int(), { type: 'number', format: 'int32' }),
    want: 1,
  },
  {
    rule: 'request-property-format-changed',
    given: 'integer int32 → number (both widen)',
    pair: body(int({ format: 'int32' }), num),
    want: 0,
  },
  { rule: 'request-default-added', given: 'default appears', pair: body(s(), s({ default: 'main' })), want: 1 },
  {
    rule: 'request-default-added',
    given: 'default changed',
    pair: body(s({ default: 'a' }), s({ default: 'b' })),
    want: 0,
  },
  { rule: 'request-default-removed', given: 'default gone', pair: body(s({ default: 'main' }), s()), want: 1 },
  { rule: 'request-default-removed', given: 'default appears', pair: body(s(), s({ default: 'main' })), want: 0 },
  {
    rule: 'request-body-schema-added',
    given: '{} → object',
    pair: [rawBody({}), rawBody(obj({ a: 'string' }))],
    want: 1,
  },
  {
    rule: 'request-body-schema-added',
    given: 'no schema → object',
    pair: [rawBody(undefined), rawBody(obj({ a: 'string' }))],
    want: 1,
  },
  {
    rule: 'request-body-schema-added',
    given: 'object → {}',
    pair: [rawBody(obj({ a: 'string' })), rawBody({})],
    want: 0,
  },
];

/** Minimal pairs of the response rules added for direction-aware verdicts. */
export const directionResponseCases: RuleCase[] = [
  { rule: 'response-property-type-narrowed', given: 'number → integer', pair: field(num, int()), want: 1 },
  { rule: 'response-property-type-narrowed', given: 'integer → number', pair: field(int(), num), want: 0 },
  {
    rule: 'response-property-format-changed',
    given: 'number float → integer (integers beyond the float range)',
    pair: field({ type: 'number', format: 'float' }, int()),
    want: 1,
  },
  {
    rule: 'response-property-format-changed',
    given: 'number double → integer (both narrow)',
    pair: field({ type: 'number', format: 'double' }, int()),
    want: 0,
  },
  {
    rule: 'response-property-format-narrowed',
    given: 'none → date-time',
    pair: field(s(), s({ format: 'date-time' })),
    want: 1,
  },
  {
    rule: 'response-property-format-narrowed',
    given: 'date-time → none',
    pair: field(s({ format: 'date-time' }), s()),
    want: 0,
  },
  {
    rule: 'response-min-length-decreased',
    given: '3 → 1',
    pair: field(s({ minLength: 3 }), s({ minLength: 1 })),
    want: 1,
  },
  {
    rule: 'response-min-length-decreased',
    given: '1 → 3',
    pair: field(s({ minLength: 1 }), s({ minLength: 3 })),
    want: 0,
  },
  { rule: 'response-min-items-decreased', given: '1 → none', pair: field(arr({ minItems: 1 }), arr()), want: 1 },
  { rule: 'response-min-items-decreased', given: 'none → 1', pair: field(arr(), arr({ minItems: 1 })), want: 0 },
];

/** Minimal pairs of the security rule added for operations that became public. */
export const directionOperationCases: RuleCase[] = [
  { rule: 'security-removed', given: 'api key → public', pair: [spec({}), spec({ security: [] })], want: 1 },
  {
    rule: 'security-removed',
    given: 'one of two schemes dropped',
    pair: [spec({ security: [{ api_key_header: [] }, { basic_auth: [] }] }), spec({})],
    want: 0,
  },
  {
    rule: 'security-scheme-removed',
    given: 'api key → public (that is security-removed)',
    pair: [spec({}), spec({ security: [] })],
    want: 0,
  },
];
