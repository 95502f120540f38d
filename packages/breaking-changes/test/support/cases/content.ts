import type { SchemaObject } from '@circleci-kit/spec-loader';
import type { RuleCase } from '../rule-cases.ts';
import { obj, requestPair, responsePair } from '../build-spec.ts';

// What a string holds (`contentMediaType`) and how it is encoded (`contentEncoding`), JSON Schema 2020-12.
// An encoding moved either way breaks both sides: clients encode or decode the bytes as they were told.

const s = (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', ...extra });
const body = (old: SchemaObject, next: SchemaObject) => requestPair(obj({ value: old }), obj({ value: next }));
const field = (old: SchemaObject, next: SchemaObject) => responsePair(obj({ value: old }), obj({ value: next }));
const base64 = s({ contentEncoding: 'base64' });
const json = s({ contentMediaType: 'application/json' });

export const contentCases: RuleCase[] = [
  {
    rule: 'request-content-encoding-changed',
    given: 'base64 → base32',
    pair: body(base64, s({ contentEncoding: 'base32' })),
    want: 1,
  },
  { rule: 'request-content-encoding-changed', given: 'base64 appears', pair: body(s(), base64), want: 1 },
  { rule: 'request-content-encoding-changed', given: 'base64 goes', pair: body(base64, s()), want: 1 },
  {
    rule: 'request-content-encoding-changed',
    given: 'base64 → BASE64',
    pair: body(base64, s({ contentEncoding: 'BASE64' })),
    want: 0,
  },
  {
    rule: 'request-content-encoding-changed',
    given: '3.0 format: byte → base64',
    pair: body(s({ format: 'byte' }), base64),
    want: 0,
  },
  { rule: 'request-content-encoding-changed', given: 'in a response', pair: field(base64, s()), want: 0 },
  {
    rule: 'response-content-encoding-changed',
    given: 'base64 → base32',
    pair: field(base64, s({ contentEncoding: 'base32' })),
    want: 1,
  },
  { rule: 'response-content-encoding-changed', given: 'base64 appears', pair: field(s(), base64), want: 1 },
  {
    rule: 'response-content-encoding-changed',
    given: 'format: byte → binary',
    pair: field(s({ format: 'byte' }), s({ format: 'binary' })),
    want: 1,
  },
  {
    rule: 'response-content-encoding-changed',
    given: 'base64 → format: byte',
    pair: field(base64, s({ format: 'byte' })),
    want: 0,
  },
  {
    rule: 'request-content-media-type-changed',
    given: 'json → xml',
    pair: body(json, s({ contentMediaType: 'application/xml' })),
    want: 1,
  },
  { rule: 'request-content-media-type-changed', given: 'json appears', pair: body(s(), json), want: 1 },
  {
    rule: 'request-content-media-type-changed',
    given: 'json → json; charset=utf-8',
    pair: body(json, s({ contentMediaType: 'application/json; charset=utf-8' })),
    want: 0,
  },
  { rule: 'request-content-media-type-changed', given: 'json goes', pair: body(json, s()), want: 0 },
  { rule: 'request-content-media-type-removed', given: 'json goes', pair: body(json, s()), want: 1 },
  { rule: 'request-content-media-type-removed', given: 'json appears', pair: body(s(), json), want: 0 },
  {
    rule: 'response-content-media-type-changed',
    given: 'json → xml',
    pair: field(json, s({ contentMediaType: 'application/xml' })),
    want: 1,
  },
  { rule: 'response-content-media-type-changed', given: 'json appears', pair: field(s(), json), want: 0 },
  {
    rule: 'response-content-media-type-changed',
    given: '3.0 format: binary → octet-stream',
    pair: field(s({ format: 'binary' }), s({ contentMediaType: 'application/octet-stream' })),
    want: 0,
  },
  { rule: 'response-content-media-type-removed', given: 'json goes', pair: field(json, s()), want: 1 },
  {
    rule: 'response-content-media-type-removed',
    given: 'json → xml',
    pair: field(json, s({ contentMediaType: 'application/xml' })),
    want: 0,
  },
  { rule: 'response-content-media-type-added', given: 'json appears', pair: field(s(), json), want: 1 },
  { rule: 'response-content-media-type-added', given: 'json stays', pair: field(json, json), want: 0 },
];
