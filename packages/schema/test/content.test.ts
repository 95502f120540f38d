/**
 * `contentEncoding` and `contentMediaType`, asserted: the validators (compiled
 * and standalone) and the arbitraries' own check must agree with RFC 4648
 * (base64 §4, base64url §5, test vectors §10) and RFC 8259 (JSON) on every row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_ENCODINGS, contentAssertion, contentCheck } from '../src/_internals/content.ts';
import { compileValidator } from '../src/index.ts';
import type { SchemaObject } from '../src/index.ts';

const base64: SchemaObject = { type: 'string', contentEncoding: 'base64' };
const base64url: SchemaObject = { type: 'string', contentEncoding: 'base64url' };
const json: SchemaObject = { type: 'string', contentMediaType: 'application/json' };
const base64Json: SchemaObject = { type: 'string', contentEncoding: 'base64', contentMediaType: 'application/json' };
const base64urlJson: SchemaObject = { ...base64Json, contentEncoding: 'base64url' };

/** `valid: false` rows name the keyword the validators report. */
const table: Array<{ schema: SchemaObject; name: string; value: string; valid: true | string }> = [
  // RFC 4648 §10: BASE64("") … BASE64("foobar").
  ...['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy'].map((value) => ({
    schema: base64,
    name: 'base64',
    value,
    valid: true as const,
  })),
  { schema: base64, name: 'base64', value: '+/8=', valid: true },
  { schema: base64, name: 'base64', value: 'Zg', valid: 'contentEncoding' }, // padding is not optional in §4
  { schema: base64, name: 'base64', value: 'Zg=', valid: 'contentEncoding' },
  { schema: base64, name: 'base64', value: 'Zg===', valid: 'contentEncoding' },
  { schema: base64, name: 'base64', value: 'Z', valid: 'contentEncoding' },
  { schema: base64, name: 'base64', value: 'Zm9v YmFy', valid: 'contentEncoding' },
  { schema: base64, name: 'base64', value: 'Zm9v\nYmFy', valid: 'contentEncoding' },
  { schema: base64, name: 'base64', value: '-_8=', valid: 'contentEncoding' }, // the URL alphabet
  { schema: base64, name: 'base64', value: 'Zg==Zg==', valid: 'contentEncoding' },
  // §5: the URL alphabet; padding usually left out.
  ...['', 'Zg', 'Zg==', 'Zm8', 'Zm9v', 'Zm9vYmE', '-_8', '-_8='].map((value) => ({
    schema: base64url,
    name: 'base64url',
    value,
    valid: true as const,
  })),
  { schema: base64url, name: 'base64url', value: '+/8=', valid: 'contentEncoding' },
  { schema: base64url, name: 'base64url', value: 'Z', valid: 'contentEncoding' },
  { schema: base64url, name: 'base64url', value: 'Zm9vY', valid: 'contentEncoding' },
  { schema: base64url, name: 'base64url', value: 'Zg=', valid: 'contentEncoding' },
  // RFC 8259: any JSON value, whitespace around it allowed.
  ...['{"a":1}', '[]', '0', '-1.5e3', 'null', 'true', '"x"', ' {} \n'].map((value) => ({
    schema: json,
    name: 'application/json',
    value,
    valid: true as const,
  })),
  ...['', '{', "{'a':1}", 'NaN', '{a:1}', '[1,]', 'undefined'].map((value) => ({
    schema: json,
    name: 'application/json',
    value,
    valid: 'contentMediaType',
  })),
  // Decoded (UTF-8) first, then parsed.
  { schema: base64Json, name: 'base64 JSON', value: btoa('{"a":1}'), valid: true },
  { schema: base64Json, name: 'base64 JSON', value: btoa('"\u00c3\u00a9"'), valid: true }, // "é" in UTF-8
  { schema: base64Json, name: 'base64 JSON', value: btoa('{'), valid: 'contentMediaType' },
  { schema: base64Json, name: 'base64 JSON', value: btoa('"\u00ff"'), valid: 'contentMediaType' }, // not UTF-8
  { schema: base64Json, name: 'base64 JSON', value: '', valid: 'contentMediaType' },
  { schema: base64Json, name: 'base64 JSON', value: '{"a":1}', valid: 'contentEncoding' },
  { schema: base64urlJson, name: 'base64url JSON', value: 'eyJhIjoxfQ', valid: true },
  { schema: base64urlJson, name: 'base64url JSON', value: 'eyJhIjoxfQ==', valid: true },
  { schema: base64urlJson, name: 'base64url JSON', value: 'e30', valid: true },
  { schema: base64urlJson, name: 'base64url JSON', value: 'YQ', valid: 'contentMediaType' },
  // Values not asserted stay annotations; names are case-insensitive, parameters ignored.
  { schema: { type: 'string', contentEncoding: 'BASE64' }, name: 'BASE64', value: 'Zg', valid: 'contentEncoding' },
  {
    schema: { type: 'string', contentMediaType: 'application/problem+json; charset=utf-8' },
    name: 'problem+json',
    value: '{',
    valid: 'contentMediaType',
  },
  {
    schema: { type: 'string', contentEncoding: 'quoted-printable' },
    name: 'unknown encoding',
    value: '=',
    valid: true,
  },
  { schema: { type: 'string', contentMediaType: 'image/png' }, name: 'image/png', value: 'not png', valid: true },
  {
    schema: { type: 'string', contentEncoding: 'gzip', contentMediaType: 'application/json' },
    name: 'JSON under an unknown encoding',
    value: '{',
    valid: true,
  },
];

describe('content keywords', () => {
  it.each(table)('$name: $value → $valid', ({ schema, value, valid }) => {
    const result = compileValidator(schema)(value);
    if (valid === true) expect(result).toEqual({ valid: true });
    else expect(result).toMatchObject({ valid: false, errors: [{ pointer: '', keyword: valid }] });
    const check = contentCheck(contentAssertion(schema.contentEncoding, schema.contentMediaType));
    expect(check(value)).toBe(valid === true);
  });

  it('leaves values of other types alone', () => {
    expect(compileValidator(base64Json)(42)).toMatchObject({ valid: false, errors: [{ keyword: 'type' }] });
    expect(compileValidator({ contentEncoding: 'base64' })(42)).toEqual({ valid: true });
  });

  it('words the errors', () => {
    expect(compileValidator(base64Json)('{')).toMatchObject({
      valid: false,
      errors: [{ message: 'the value: expected a base64-encoded string, got "{"' }],
    });
    expect(compileValidator(json)('{')).toMatchObject({
      valid: false,
      errors: [{ message: 'the value: expected application/json content, got "{"' }],
    });
  });

  it.each([...CONTENT_ENCODINGS.values()])(
    '$name: encodes any bytes into a string the validator accepts',
    (encoding) => {
      const validate = compileValidator({ type: 'string', contentEncoding: encoding.name });
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
          const text = encoding.encode(bytes);
          expect(text.length).toBe(encoding.encodedLength(bytes.length));
          expect(validate(text)).toEqual({ valid: true });
        }),
        { seed: 1, numRuns: 300 },
      );
    },
  );

  it.each([...CONTENT_ENCODINGS.values()])(
    '$name: byteCounts gives exactly the byte counts whose encoded length is within the bounds',
    (encoding) => {
      for (let minLength = 0; minLength <= 20; minLength++) {
        for (let maxLength = minLength; maxLength <= 24; maxLength++) {
          const { low, high } = encoding.byteCounts(minLength, maxLength);
          const fits = (count: number): boolean => {
            const length = encoding.encodedLength(count);
            return length >= minLength && length <= maxLength;
          };
          const expected = Array.from({ length: 30 }, (_, count) => count).filter(fits);
          const got = Array.from({ length: 30 }, (_, count) => count).filter((n) => n >= low && n <= high);
          expect({ minLength, maxLength, counts: got }).toEqual({ minLength, maxLength, counts: expected });
        }
      }
    },
  );
});
