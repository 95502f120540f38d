/** Hand-written schemas covering the dialect, shared by the tests. */
import type { SchemaObject } from '../../src/index.ts';

export const pipeline: SchemaObject = {
  type: 'object',
  required: ['id', 'number', 'state', 'created_at'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', format: 'uuid' },
    number: { type: 'integer', format: 'int64', minimum: 1 },
    state: { type: 'string', enum: ['created', 'errored', 'setup-pending'] },
    created_at: { type: 'string', format: 'date-time' },
    updated_at: { type: 'string', format: 'date-time', 'x-nullable': true },
    next_page_token: { type: 'string', nullable: true },
    ratio: { type: 'number', format: 'float', minimum: 0, maximum: 1 },
    count: { type: 'integer', format: 'int32', minimum: 0, exclusiveMinimum: true },
    day: { type: 'string', format: 'date' },
    url: { type: 'string', format: 'uri' },
    email: { type: 'string', format: 'email' },
    duration: { type: 'string', pattern: '^([0-9]+(ms|s|m|h|d|w)){1,7}$' },
    name: { type: 'string', minLength: 2, maxLength: 8 },
    tags: { type: 'array', items: { type: 'string', maxLength: 3 }, minItems: 1, maxItems: 3, uniqueItems: true },
    parameters: { type: 'object', additionalProperties: { type: 'integer', maximum: 10 } },
    secret: { type: 'string', writeOnly: true },
    id_only: { type: 'string', readOnly: true },
    flag: { type: 'boolean' },
    anything: {},
  },
};

export const timetable: SchemaObject = {
  anyOf: [
    {
      type: 'object',
      required: ['per-hour', 'hours-of-day'],
      properties: {
        'per-hour': { type: 'integer', format: 'integer', minimum: 1, maximum: 60 },
        'hours-of-day': { type: 'array', items: { type: 'integer', minimum: 0, maximum: 23 } },
      },
    },
    {
      type: 'object',
      required: ['days-of-week'],
      properties: { 'days-of-week': { type: 'array', items: { type: 'string', enum: ['MON', 'TUE'] } } },
    },
  ],
};

export const owner: SchemaObject = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'type'],
      properties: { id: { type: 'string', format: 'uuid' }, type: { type: 'string', enum: ['account'] } },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['slug'],
      properties: { slug: { type: 'string' }, type: { type: 'string', enum: ['organization'] } },
    },
  ],
  discriminator: { propertyName: 'type' },
};

export const merged: SchemaObject = {
  allOf: [
    { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
    { type: 'object', required: ['code'], properties: { code: { type: 'integer', minimum: 400, maximum: 599 } } },
  ],
};

export const tree: SchemaObject = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } };
tree.properties!.children = { type: 'array', items: tree, maxItems: 2 };

/** Every fixture, named. */
export const fixtures: Array<{ name: string; schema: SchemaObject }> = [
  { name: 'pipeline (formats, bounds, enum, nullable, pattern, arrays, maps)', schema: pipeline },
  { name: 'timetable (anyOf)', schema: timetable },
  { name: 'owner (oneOf + discriminator)', schema: owner },
  { name: 'error (allOf)', schema: merged },
  { name: 'tree (circular)', schema: tree },
  { name: 'nullable enum', schema: { type: 'string', enum: ['a', 'b'], 'x-nullable': true } },
  {
    name: 'number with exclusive bounds',
    schema: { type: 'number', minimum: -1, maximum: 1, exclusiveMinimum: true, exclusiveMaximum: true },
  },
  { name: 'list of objects', schema: { type: 'array', items: merged, minItems: 2 } },
];
