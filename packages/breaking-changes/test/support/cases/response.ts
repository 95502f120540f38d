import type { SchemaObject } from '@circleci-kit/spec-loader';
import type { RuleCase } from '../rule-cases.ts';
import { obj, responsePair, spec } from '../build-spec.ts';
import { directionResponseCases } from './direction.ts';
import { extraPropertiesResponseCases } from './extra-properties.ts';
import { multipleOfUniquePropertiesResponseCases } from './multiple-of-unique-properties.ts';
import { responseTighteningCases } from './response-tightening.ts';

const s = (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', ...extra });
const n = (extra: SchemaObject = {}): SchemaObject => ({ type: 'integer', ...extra });
const arr = (extra: SchemaObject = {}): SchemaObject => ({ type: 'array', items: s(), ...extra });
const field = (old: SchemaObject, next: SchemaObject) => responsePair(obj({ value: old }), obj({ value: next }));
const json = { 'application/json': obj({}) };
const statuses = (...codes: string[]) =>
  spec({ responses: Object.fromEntries(codes.map((code) => [code, { content: json }])) });
const headers = (h: Record<string, { required?: boolean; schema?: SchemaObject }>) =>
  spec({ responses: { '200': { content: json, headers: h } } });

export const responseCases: RuleCase[] = [
  {
    rule: 'success-status-changed',
    given: '202 → 201',
    pair: [statuses('202', '404'), statuses('201', '404')],
    want: 1,
  },
  {
    rule: 'success-status-changed',
    given: 'one more success status',
    pair: [statuses('200'), statuses('200', '201')],
    want: 0,
  },
  {
    rule: 'success-status-removed',
    given: '200 and 204 → 200',
    pair: [statuses('200', '204'), statuses('200')],
    want: 1,
  },
  {
    rule: 'success-status-removed',
    given: 'replaced (that is success-status-changed)',
    pair: [statuses('202'), statuses('201')],
    want: 0,
  },
  { rule: 'response-status-added', given: '404 documented', pair: [statuses('200'), statuses('200', '404')], want: 1 },
  {
    rule: 'response-status-added',
    given: 'a replacement success status is not an addition',
    pair: [statuses('202'), statuses('201')],
    want: 0,
  },
  {
    rule: 'error-status-removed',
    given: '404 no longer documented',
    pair: [statuses('200', '404'), statuses('200')],
    want: 1,
  },
  {
    rule: 'error-status-removed',
    given: 'success status removed',
    pair: [statuses('200', '204'), statuses('200')],
    want: 0,
  },
  {
    rule: 'response-media-type-removed',
    given: 'yaml gone',
    pair: [spec({ responses: { '200': { content: { ...json, 'application/yaml': s() } } } }), statuses('200')],
    want: 1,
  },
  { rule: 'response-media-type-removed', given: 'same types', pair: [statuses('200'), statuses('200')], want: 0 },
  {
    rule: 'response-media-type-added',
    given: 'yaml added',
    pair: [statuses('200'), spec({ responses: { '200': { content: { ...json, 'application/yaml': s() } } } })],
    want: 1,
  },
  { rule: 'response-media-type-added', given: 'same types', pair: [statuses('200'), statuses('200')], want: 0 },
  {
    rule: 'response-header-removed',
    given: 'Retry-After gone',
    pair: [headers({ 'Retry-After': { schema: n() } }), headers({})],
    want: 1,
  },
  {
    rule: 'response-header-removed',
    given: 'kept',
    pair: [headers({ 'Retry-After': { schema: n() } }), headers({ 'Retry-After': { schema: n() } })],
    want: 0,
  },
  {
    rule: 'response-header-added',
    given: 'Retry-After added',
    pair: [headers({}), headers({ 'Retry-After': { schema: n() } })],
    want: 1,
  },
  { rule: 'response-header-added', given: 'kept', pair: [headers({ X: {} }), headers({ X: {} })], want: 0 },
  {
    rule: 'response-header-became-optional',
    given: 'required → optional',
    pair: [headers({ X: { required: true } }), headers({ X: { required: false } })],
    want: 1,
  },
  {
    rule: 'response-header-became-optional',
    given: 'optional → required',
    pair: [headers({ X: { required: false } }), headers({ X: { required: true } })],
    want: 0,
  },
  { rule: 'response-property-type-changed', given: 'string → integer', pair: field(s(), n()), want: 1 },
  {
    rule: 'response-property-type-changed',
    given: 'header type changed',
    pair: [headers({ X: { schema: s() } }), headers({ X: { schema: n() } })],
    want: 1,
  },
  { rule: 'response-property-type-changed', given: 'unchanged', pair: field(s(), s()), want: 0 },
  {
    rule: 'response-property-format-changed',
    given: 'date-time → none',
    pair: field(s({ format: 'date-time' }), s()),
    want: 1,
  },
  {
    rule: 'response-property-format-changed',
    given: 'unchanged',
    pair: field(s({ format: 'date-time' }), s({ format: 'date-time' })),
    want: 0,
  },
  {
    rule: 'response-enum-removed',
    given: 'a status enum dropped: any string may come',
    pair: field(s({ enum: ['success', 'failed'] }), s()),
    want: 1,
  },
  {
    rule: 'response-enum-removed',
    given: 'an enum added',
    pair: field(s(), s({ enum: ['success'] })),
    want: 0,
  },
  {
    rule: 'response-enum-value-added',
    given: 'status gains "canceled"',
    pair: field(s({ enum: ['success'] }), s({ enum: ['success', 'canceled'] })),
    want: 1,
  },
  {
    rule: 'response-enum-value-added',
    given: 'value removed',
    pair: field(s({ enum: ['success', 'canceled'] }), s({ enum: ['success'] })),
    want: 0,
  },
  {
    rule: 'response-enum-value-removed',
    given: 'value removed',
    pair: field(s({ enum: ['success', 'canceled'] }), s({ enum: ['success'] })),
    want: 1,
  },
  {
    rule: 'response-enum-value-removed',
    given: 'value added',
    pair: field(s({ enum: ['success'] }), s({ enum: ['success', 'canceled'] })),
    want: 0,
  },
  {
    rule: 'response-required-property-removed',
    given: 'required `workflow` gone',
    pair: responsePair(obj({ id: 'string', workflow: 'object' }, ['id', 'workflow']), obj({ id: 'string' }, ['id'])),
    want: 1,
  },
  {
    rule: 'response-required-property-removed',
    given: 'optional one gone',
    pair: responsePair(obj({ id: 'string', x: 'string' }), obj({ id: 'string' })),
    want: 0,
  },
  {
    rule: 'response-optional-property-removed',
    given: 'optional one gone',
    pair: responsePair(obj({ id: 'string', x: 'string' }), obj({ id: 'string' })),
    want: 1,
  },
  {
    rule: 'response-optional-property-removed',
    given: 'required one gone',
    pair: responsePair(obj({ x: 'string' }, ['x']), obj({})),
    want: 0,
  },
  {
    rule: 'response-property-added',
    given: 'new property',
    pair: responsePair(obj({}), obj({ x: 'string' })),
    want: 1,
  },
  {
    rule: 'response-property-added',
    given: 'in an array item',
    pair: responsePair({ type: 'array', items: obj({}) }, { type: 'array', items: obj({ x: 'string' }) }),
    want: 1,
  },
  {
    rule: 'response-property-added',
    given: 'nothing new',
    pair: responsePair(obj({ x: 'string' }), obj({ x: 'string' })),
    want: 0,
  },
  {
    rule: 'response-property-became-optional',
    given: 'required → optional',
    pair: responsePair(obj({ x: 'string' }, ['x']), obj({ x: 'string' })),
    want: 1,
  },
  {
    rule: 'response-property-became-optional',
    given: 'optional → required',
    pair: responsePair(obj({ x: 'string' }), obj({ x: 'string' }, ['x'])),
    want: 0,
  },
  {
    rule: 'response-property-became-required',
    given: 'optional → required',
    pair: responsePair(obj({ x: 'string' }), obj({ x: 'string' }, ['x'])),
    want: 1,
  },
  {
    rule: 'response-property-became-required',
    given: 'required → optional',
    pair: responsePair(obj({ x: 'string' }, ['x']), obj({ x: 'string' })),
    want: 0,
  },
  {
    rule: 'response-property-became-nullable',
    given: 'x-nullable added (normalized)',
    pair: field(s(), s({ nullable: true })),
    want: 1,
  },
  {
    rule: 'response-property-became-nullable',
    given: 'nullable removed',
    pair: field(s({ nullable: true }), s()),
    want: 0,
  },
  {
    rule: 'response-property-became-not-nullable',
    given: 'nullable removed',
    pair: field(s({ nullable: true }), s()),
    want: 1,
  },
  {
    rule: 'response-property-became-not-nullable',
    given: 'nullable added',
    pair: field(s(), s({ nullable: true })),
    want: 0,
  },
  { rule: 'response-pattern-loosened', given: 'pattern removed', pair: field(s({ pattern: '^a' }), s()), want: 1 },
  { rule: 'response-pattern-loosened', given: 'pattern added', pair: field(s(), s({ pattern: '^a' })), want: 0 },
  {
    rule: 'response-pattern-changed',
    given: 'lookahead added',
    pair: field(s({ pattern: '^[a-z0-9]{8,}$' }), s({ pattern: '^(?=.*\\d)[a-z0-9]{8,}$' })),
    want: 1,
  },
  {
    rule: 'response-pattern-changed',
    given: 'decidable change',
    pair: field(s({ pattern: '^a' }), s({ pattern: '^ab' })),
    want: 0,
  },
  {
    rule: 'response-max-length-increased',
    given: '10 → 20',
    pair: field(s({ maxLength: 10 }), s({ maxLength: 20 })),
    want: 1,
  },
  {
    rule: 'response-max-length-increased',
    given: '20 → 10',
    pair: field(s({ maxLength: 20 }), s({ maxLength: 10 })),
    want: 0,
  },
  { rule: 'response-maximum-increased', given: '10 → none', pair: field(n({ maximum: 10 }), n()), want: 1 },
  { rule: 'response-maximum-increased', given: 'none → 10', pair: field(n(), n({ maximum: 10 })), want: 0 },
  { rule: 'response-minimum-decreased', given: '0 → -1', pair: field(n({ minimum: 0 }), n({ minimum: -1 })), want: 1 },
  { rule: 'response-minimum-decreased', given: '-1 → 0', pair: field(n({ minimum: -1 }), n({ minimum: 0 })), want: 0 },
  {
    rule: 'response-max-items-increased',
    given: '5 → 50',
    pair: field(arr({ maxItems: 5 }), arr({ maxItems: 50 })),
    want: 1,
  },
  {
    rule: 'response-max-items-increased',
    given: '50 → 5',
    pair: field(arr({ maxItems: 50 }), arr({ maxItems: 5 })),
    want: 0,
  },
  {
    rule: 'response-discriminator-changed',
    given: 'type → kind',
    pair: field(
      { type: 'object', discriminator: { propertyName: 'type' } },
      { type: 'object', discriminator: { propertyName: 'kind' } },
    ),
    want: 1,
  },
  {
    rule: 'response-discriminator-changed',
    given: 'same discriminator',
    pair: field(
      { type: 'object', discriminator: { propertyName: 'type' } },
      { type: 'object', discriminator: { propertyName: 'type' } },
    ),
    want: 0,
  },
  {
    rule: 'schema-description-changed',
    given: 'description edited, includeDocs',
    pair: field(s({ description: 'a' }), s({ description: 'b' })),
    want: 1,
    includeDocs: true,
  },
  {
    rule: 'schema-description-changed',
    given: 'description edited, docs ignored',
    pair: field(s({ description: 'a' }), s({ description: 'b' })),
    want: 0,
  },
  {
    rule: 'schema-example-changed',
    given: 'example regenerated, includeDocs',
    pair: field(s({ example: '2019-11-11T10:00:00Z' }), s({ example: '2019-11-12T10:00:00Z' })),
    want: 1,
    includeDocs: true,
  },
  {
    rule: 'schema-example-changed',
    given: 'example regenerated, docs ignored',
    pair: field(s({ example: '2019-11-11T10:00:00Z' }), s({ example: '2019-11-12T10:00:00Z' })),
    want: 0,
  },
  ...directionResponseCases,
  ...extraPropertiesResponseCases,
  ...responseTighteningCases,
  ...multipleOfUniquePropertiesResponseCases,
];
