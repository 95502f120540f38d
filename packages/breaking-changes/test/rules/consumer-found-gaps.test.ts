import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/index.ts';
import { obj, responsePair } from '../support/build-spec.ts';

// Breaks that the consumer oracle (`breaking diff --pacts`) found where no rule fired, kept as tests of
// the catalogue: each pair broke a recorded pact interaction (its example value fell outside the new
// spec) while the diff reported nothing on the operation.

interface Gap {
  given: string;
  /** The example value, in the pact the change broke, that the new spec refuses. */
  pactExample: string;
  pair: [LoadedSpec, LoadedSpec];
  /** `id@level` of every change the diff must now report. */
  want: string[];
  /** Words the message must hold. */
  says: string;
}

const gaps: Gap[] = [
  {
    given: 'a response property `id` gains pattern "^p-[0-9]+$"',
    pactExample: '123',
    pair: responsePair(obj({ id: { type: 'string' } }), obj({ id: { type: 'string', pattern: '^p-[0-9]+$' } })),
    want: ['response-pattern-tightened@info'],
    says: 'response 200 property `id`: pattern "^p-[0-9]+$" added: "" is no longer returned',
  },
];

describe('breaks that the consumer oracle (`breaking diff --pacts`) found where no rule fired', () => {
  it.each(gaps)('$given (pact example $pactExample)', ({ pair, want, says }) => {
    const changes = diffSpecs(pair[0], pair[1]);
    expect(changes.map((change) => `${change.id}@${change.level}`)).toEqual(want);
    for (const change of changes) expect(change.message).toContain(says);
  });
});
