import type { SchemaObject } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/index.ts';
import { obj, parameterPair, requestPair, responsePair } from '../support/build-spec.ts';

const s = (pattern?: string): SchemaObject =>
  pattern === undefined ? { type: 'string' } : { type: 'string', pattern };
const LETTERS = '^[a-z]+$';
const LOOKAHEAD = '^(?=.*\\d)[a-z0-9]{8,}$';
const PLAIN = '^[a-z0-9]{8,}$';

interface Row {
  old?: string;
  next?: string;
  /** `id level: message` of each pattern change. */
  want: string[];
}

function patternChanges(pair: ReturnType<typeof requestPair>): string[] {
  return diffSpecs(pair[0], pair[1])
    .filter((change) => change.id.includes('pattern'))
    .map((change) => `${change.id} ${change.level}: ${change.message}`);
}

const BODY = 'request body property `value`';
const requestRows: Row[] = [
  {
    next: LETTERS,
    want: [`request-pattern-tightened error: ${BODY}: pattern "^[a-z]+$" added: "" is no longer accepted`],
  },
  { next: '.*', want: [] },
  { next: '^.*', want: [] },
  { next: '', want: [] },
  {
    old: LETTERS,
    next: '^[a-c]+$',
    want: [
      `request-pattern-tightened error: ${BODY}: pattern changed from "^[a-z]+$" to "^[a-c]+$": "d" is no longer accepted`,
    ],
  },
  {
    old: '^a',
    next: '^b',
    want: [`request-pattern-tightened error: ${BODY}: pattern changed from "^a" to "^b": "a" is no longer accepted`],
  },
  {
    old: 'abc',
    next: '^abc$',
    want: [
      `request-pattern-tightened error: ${BODY}: pattern changed from "abc" to "^abc$": "0abc" is no longer accepted`,
    ],
  },
  {
    old: LETTERS,
    next: '.*',
    want: [`request-pattern-loosened info: ${BODY}: pattern changed from "^[a-z]+$" to ".*": "" is now accepted`],
  },
  {
    old: LETTERS,
    next: '^.*$',
    want: [`request-pattern-loosened info: ${BODY}: pattern changed from "^[a-z]+$" to "^.*$": "" is now accepted`],
  },
  {
    old: LETTERS,
    next: '',
    want: [`request-pattern-loosened info: ${BODY}: pattern changed from "^[a-z]+$" to "": "" is now accepted`],
  },
  {
    old: LETTERS,
    next: '^\\w+$',
    want: [`request-pattern-loosened info: ${BODY}: pattern changed from "^[a-z]+$" to "^\\w+$": "0" is now accepted`],
  },
  {
    old: '^abc$',
    next: 'abc',
    want: [`request-pattern-loosened info: ${BODY}: pattern changed from "^abc$" to "abc": "0abc" is now accepted`],
  },
  {
    old: 'a',
    next: '^.*$',
    want: [
      `request-pattern-tightened error: ${BODY}: pattern changed from "a" to "^.*$": "\\na" is no longer accepted`,
    ],
  },
  { old: LETTERS, next: '^[a-z][a-z]*$', want: [] },
  { old: LETTERS, want: [`request-pattern-removed info: ${BODY}: pattern "^[a-z]+$" removed`] },
  {
    old: LETTERS,
    next: '^(?=x)[a-z]+$',
    want: [
      `request-pattern-tightened error: ${BODY}: pattern changed from "^[a-z]+$" to "^(?=x)[a-z]+$": "a" is no longer accepted`,
    ],
  },
  {
    old: LOOKAHEAD,
    next: PLAIN,
    want: [
      `request-pattern-changed warn: ${BODY}: pattern changed from "^(?=.*\\d)[a-z0-9]{8,}$" to "^[a-z0-9]{8,}$" (inclusion not decidable: lookarounds and group modifiers are not decided)`,
    ],
  },
  {
    next: '^\\bx',
    want: [`request-pattern-tightened error: ${BODY}: pattern "^\\bx" added: "" is no longer accepted`],
  },
];

const FIELD = 'response 200 property `value`';
const responseRows: Row[] = [
  {
    old: LETTERS,
    next: '^\\w+$',
    want: [
      `response-pattern-loosened warn: ${FIELD}: pattern changed from "^[a-z]+$" to "^\\w+$": "0" may now be returned`,
    ],
  },
  {
    old: '^\\w+$',
    next: LETTERS,
    want: [
      `response-pattern-tightened info: ${FIELD}: pattern changed from "^\\w+$" to "^[a-z]+$": "0" is no longer returned`,
    ],
  },
  {
    old: LETTERS,
    next: '^[a-c]+$',
    want: [
      `response-pattern-tightened info: ${FIELD}: pattern changed from "^[a-z]+$" to "^[a-c]+$": "d" is no longer returned`,
    ],
  },
  {
    old: 'abc',
    next: '^abc$',
    want: [
      `response-pattern-tightened info: ${FIELD}: pattern changed from "abc" to "^abc$": "0abc" is no longer returned`,
    ],
  },
  {
    old: LETTERS,
    want: [`response-pattern-loosened warn: ${FIELD}: pattern "^[a-z]+$" removed: "" may now be returned`],
  },
  {
    old: LETTERS,
    next: '',
    want: [`response-pattern-loosened warn: ${FIELD}: pattern changed from "^[a-z]+$" to "": "" may now be returned`],
  },
  { old: '.*', want: [] },
  { old: '', next: '.*', want: [] },
  {
    next: LETTERS,
    want: [`response-pattern-tightened info: ${FIELD}: pattern "^[a-z]+$" added: "" is no longer returned`],
  },
  { next: '.*', want: [] },
  {
    next: '^\\bx',
    want: [`response-pattern-tightened info: ${FIELD}: pattern "^\\bx" added: "" is no longer returned`],
  },
  {
    next: '^(?!abc$)',
    want: [
      `response-pattern-tightened info: ${FIELD}: pattern "^(?!abc$)" added: values it refuses may no longer be returned (inclusion not decidable: lookarounds and group modifiers are not decided)`,
    ],
  },
  {
    old: LETTERS,
    next: '^(?=x)[a-z]+$',
    want: [
      `response-pattern-changed warn: ${FIELD}: pattern changed from "^[a-z]+$" to "^(?=x)[a-z]+$" (inclusion not decidable: lookarounds and group modifiers are not decided)`,
    ],
  },
  { old: LETTERS, next: '^[a-z][a-z]*$', want: [] },
  {
    old: '^a',
    next: '^b',
    want: [`response-pattern-loosened warn: ${FIELD}: pattern changed from "^a" to "^b": "b" may now be returned`],
  },
  {
    old: PLAIN,
    next: LOOKAHEAD,
    want: [
      `response-pattern-changed warn: ${FIELD}: pattern changed from "^[a-z0-9]{8,}$" to "^(?=.*\\d)[a-z0-9]{8,}$" (inclusion not decidable: lookarounds and group modifiers are not decided)`,
    ],
  },
  {
    old: LOOKAHEAD,
    next: '^[a-z]$',
    want: [
      `response-pattern-loosened warn: ${FIELD}: pattern changed from "^(?=.*\\d)[a-z0-9]{8,}$" to "^[a-z]$": "a" may now be returned`,
    ],
  },
];

const label = ({ old, next }: Row) =>
  `${old === undefined ? 'none' : JSON.stringify(old)} → ${next === undefined ? 'none' : JSON.stringify(next)}`;

describe('pattern changes on the request side', () => {
  it.each(requestRows.map((row) => ({ ...row, given: label(row) })))('$given', ({ old, next, want }) => {
    expect(patternChanges(requestPair(obj({ value: s(old) }), obj({ value: s(next) })))).toEqual(want);
  });

  it('judges parameters alike', () => {
    const pair = parameterPair({ name: 'q', schema: s('^a$') }, { name: 'q', schema: s('^[ab]$') });
    expect(patternChanges(pair)).toEqual([
      'request-pattern-loosened info: query parameter `q`: pattern changed from "^a$" to "^[ab]$": "b" is now accepted',
    ]);
  });
});

describe('pattern changes on the response side', () => {
  it.each(responseRows.map((row) => ({ ...row, given: label(row) })))('$given', ({ old, next, want }) => {
    expect(patternChanges(responsePair(obj({ value: s(old) }), obj({ value: s(next) })))).toEqual(want);
  });
});
