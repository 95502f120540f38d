import { compileValidator } from '@circleci-kit/schema';
import type { JsonValue, SchemaObject } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/index.ts';
import { obj, requestPair, responsePair } from '../support/build-spec.ts';

// Breaks that the consumer oracle (`breaking diff --pacts`) found where no rule fired, kept as tests of
// the catalogue: each pair broke a recorded pact interaction (its example value fell outside the new
// spec) while the diff reported nothing on the operation.

interface Gap {
  given: string;
  /** The body the property sits in: what the consumer sends (request) or receives (response). */
  side: 'request' | 'response';
  property: string;
  /** The property's schema in the old and in the new version. */
  schemas: [SchemaObject, SchemaObject];
  /** The example value, in the pact the change broke, that the new spec refuses (and the old one accepted). */
  pactExample: JsonValue;
  /** `id@level` of every change the diff must now report. */
  want: string[];
  /** Words the message must hold. */
  says: string;
}

const gaps: Gap[] = [
  {
    given: 'a response property `id` gains pattern "^p-[0-9]+$"',
    side: 'response',
    property: 'id',
    schemas: [{ type: 'string' }, { type: 'string', pattern: '^p-[0-9]+$' }],
    pactExample: '123',
    want: ['response-pattern-tightened@info'],
    says: 'response 200 property `id`: pattern "^p-[0-9]+$" added: "" is no longer returned',
  },
  {
    given: 'a request property `count` gains multipleOf 2',
    side: 'request',
    property: 'count',
    schemas: [{ type: 'integer' }, { type: 'integer', multipleOf: 2 }],
    pactExample: 3,
    want: ['request-multiple-of-tightened@error'],
    says: 'request body property `count`: `multipleOf` tightened from none to 2',
  },
];

/** The body schema of each version: an object holding the property. */
const bodies = ({ property, schemas }: Gap): [SchemaObject, SchemaObject] => [
  obj({ [property]: schemas[0] }),
  obj({ [property]: schemas[1] }),
];

describe('breaks that the consumer oracle (`breaking diff --pacts`) found where no rule fired', () => {
  it.each(gaps)('$given (pact example $pactExample)', (gap) => {
    const [old, next] = bodies(gap);
    const pair = gap.side === 'request' ? requestPair(old, next) : responsePair(old, next);
    const changes = diffSpecs(pair[0], pair[1]);
    expect(changes.map((change) => `${change.id}@${change.level}`)).toEqual(gap.want);
    for (const change of changes) expect(change.message).toContain(gap.says);
  });

  it.each(gaps)('$given: the pact example $pactExample fits the old body and not the new one', (gap) => {
    const body = { [gap.property]: gap.pactExample };
    const [old, next] = bodies(gap).map((schema) => compileValidator(schema, { direction: gap.side }));
    expect(old!(body)).toEqual({ valid: true });
    expect(next!(body).valid).toBe(false);
  });
});
