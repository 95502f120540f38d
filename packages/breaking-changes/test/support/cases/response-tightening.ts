import type { SchemaObject } from '@circleci-kit/spec-loader';
import type { RuleCase } from '../rule-cases.ts';
import { obj, requestPair, responsePair, spec } from '../build-spec.ts';

const s = (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', ...extra });
const n = (extra: SchemaObject = {}): SchemaObject => ({ type: 'integer', ...extra });
const arr = (extra: SchemaObject = {}): SchemaObject => ({ type: 'array', items: s(), ...extra });
const field = (old: SchemaObject, next: SchemaObject) => responsePair(obj({ value: old }), obj({ value: next }));
const body = (old: SchemaObject, next: SchemaObject) => requestPair(obj({ value: old }), obj({ value: next }));
const header = (schema: SchemaObject) =>
  spec({ responses: { '200': { content: { 'application/json': obj({}) }, headers: { 'X-Id': { schema } } } } });

/**
 * Minimal pairs of the rules for a response value that may take fewer values
 * than before (info: safe for clients, but a consumer contract whose example
 * falls outside the new constraint no longer holds).
 */
export const responseTighteningCases: RuleCase[] = [
  {
    rule: 'response-pattern-tightened',
    given: 'pattern added',
    pair: field(s(), s({ pattern: '^p-[0-9]+$' })),
    want: 1,
  },
  {
    rule: 'response-pattern-tightened',
    given: 'letters → a to c',
    pair: field(s({ pattern: '^[a-z]+$' }), s({ pattern: '^[a-c]+$' })),
    want: 1,
  },
  {
    rule: 'response-pattern-tightened',
    given: 'response header gains a pattern',
    pair: [header(s()), header(s({ pattern: '^[0-9]+$' }))],
    want: 1,
  },
  {
    rule: 'response-pattern-tightened',
    given: 'pattern removed',
    pair: field(s({ pattern: '^a' }), s()),
    want: 0,
  },
  {
    rule: 'response-pattern-tightened',
    given: 'changed both ways (that is response-pattern-loosened)',
    pair: field(s({ pattern: '^a' }), s({ pattern: '^b' })),
    want: 0,
  },
  {
    rule: 'response-pattern-tightened',
    given: 'lookahead added (undecidable: that is response-pattern-changed)',
    pair: field(s({ pattern: '^[a-z0-9]{8,}$' }), s({ pattern: '^(?=.*\\d)[a-z0-9]{8,}$' })),
    want: 0,
  },
  {
    rule: 'response-pattern-tightened',
    given: 'the same values, written otherwise',
    pair: field(s({ pattern: '^[a-z]+$' }), s({ pattern: '^[a-z][a-z]*$' })),
    want: 0,
  },
  {
    rule: 'response-pattern-tightened',
    given: 'a request value gains a pattern',
    pair: body(s(), s({ pattern: '^[a-z]+$' })),
    want: 0,
  },
  {
    rule: 'response-max-length-decreased',
    given: '20 → 10',
    pair: field(s({ maxLength: 20 }), s({ maxLength: 10 })),
    want: 1,
  },
  { rule: 'response-max-length-decreased', given: 'none → 10', pair: field(s(), s({ maxLength: 10 })), want: 1 },
  {
    rule: 'response-max-length-decreased',
    given: '10 → 20',
    pair: field(s({ maxLength: 10 }), s({ maxLength: 20 })),
    want: 0,
  },
  {
    rule: 'response-max-length-decreased',
    given: 'writeOnly property gains one (never returned)',
    pair: field(s({ writeOnly: true }), s({ writeOnly: true, maxLength: 10 })),
    want: 0,
  },
  {
    rule: 'response-min-length-increased',
    given: '1 → 3',
    pair: field(s({ minLength: 1 }), s({ minLength: 3 })),
    want: 1,
  },
  { rule: 'response-min-length-increased', given: 'none → 1', pair: field(s(), s({ minLength: 1 })), want: 1 },
  {
    rule: 'response-min-length-increased',
    given: '3 → 1',
    pair: field(s({ minLength: 3 }), s({ minLength: 1 })),
    want: 0,
  },
  { rule: 'response-maximum-decreased', given: '10 → 5', pair: field(n({ maximum: 10 }), n({ maximum: 5 })), want: 1 },
  { rule: 'response-maximum-decreased', given: 'none → 10', pair: field(n(), n({ maximum: 10 })), want: 1 },
  {
    rule: 'response-maximum-decreased',
    given: 'response header 100 → 10',
    pair: [header(n({ maximum: 100 })), header(n({ maximum: 10 }))],
    want: 1,
  },
  { rule: 'response-maximum-decreased', given: '10 → none', pair: field(n({ maximum: 10 }), n()), want: 0 },
  { rule: 'response-minimum-increased', given: '-1 → 0', pair: field(n({ minimum: -1 }), n({ minimum: 0 })), want: 1 },
  { rule: 'response-minimum-increased', given: 'none → 0', pair: field(n(), n({ minimum: 0 })), want: 1 },
  { rule: 'response-minimum-increased', given: '0 → -1', pair: field(n({ minimum: 0 }), n({ minimum: -1 })), want: 0 },
  {
    rule: 'response-max-items-decreased',
    given: '50 → 5',
    pair: field(arr({ maxItems: 50 }), arr({ maxItems: 5 })),
    want: 1,
  },
  { rule: 'response-max-items-decreased', given: 'none → 5', pair: field(arr(), arr({ maxItems: 5 })), want: 1 },
  {
    rule: 'response-max-items-decreased',
    given: '5 → 50',
    pair: field(arr({ maxItems: 5 }), arr({ maxItems: 50 })),
    want: 0,
  },
  {
    rule: 'response-min-items-increased',
    given: '1 → 2',
    pair: field(arr({ minItems: 1 }), arr({ minItems: 2 })),
    want: 1,
  },
  { rule: 'response-min-items-increased', given: 'none → 1', pair: field(arr(), arr({ minItems: 1 })), want: 1 },
  { rule: 'response-min-items-increased', given: '1 → none', pair: field(arr({ minItems: 1 }), arr()), want: 0 },
  {
    rule: 'response-enum-added',
    given: 'free string → enum',
    pair: field(s(), s({ enum: ['success', 'failed'] })),
    want: 1,
  },
  {
    rule: 'response-enum-added',
    given: 'response header limited to an enum',
    pair: [header(s()), header(s({ enum: ['a'] }))],
    want: 1,
  },
  { rule: 'response-enum-added', given: 'enum → free string', pair: field(s({ enum: ['a'] }), s()), want: 0 },
  {
    rule: 'response-enum-added',
    given: 'enum loses a value (that is response-enum-value-removed)',
    pair: field(s({ enum: ['a', 'b'] }), s({ enum: ['a'] })),
    want: 0,
  },
  {
    rule: 'response-enum-added',
    given: 'a request value limited to an enum',
    pair: body(s(), s({ enum: ['a'] })),
    want: 0,
  },
];
