import type { SchemaObject } from '@circleci-kit/spec-loader';
import type { RuleCase } from '../rule-cases.ts';
import { obj, requestPair, responsePair } from '../build-spec.ts';

// `dependentRequired` (JSON Schema 2020-12): names required whenever a property is present.
// Judged as `required` is: more required in a request breaks, less promised in a response breaks.

/** An object with `card`, `billing` and `zip` (strings), optionally required outright, and its dependencies. */
const payment = (dependentRequired?: Record<string, string[]>, required: string[] = []): SchemaObject => ({
  ...obj({ card: 'string', billing: 'string', zip: 'string' }, required),
  ...(dependentRequired ? { dependentRequired } : {}),
});

export const dependentRequiredCases: RuleCase[] = [
  {
    rule: 'request-dependent-required-added',
    given: 'card now needs billing',
    pair: requestPair(payment(), payment({ card: ['billing'] })),
    want: 1,
  },
  {
    rule: 'request-dependent-required-added',
    given: 'card needs zip too',
    pair: requestPair(payment({ card: ['billing'] }), payment({ card: ['billing', 'zip'] })),
    want: 1,
  },
  {
    rule: 'request-dependent-required-added',
    given: 'billing already required outright',
    pair: requestPair(payment({}, ['billing']), payment({ card: ['billing'] }, ['billing'])),
    want: 0,
  },
  {
    rule: 'request-dependent-required-added',
    given: 'in a response',
    pair: responsePair(payment(), payment({ card: ['billing'] })),
    want: 0,
  },
  {
    rule: 'request-dependent-required-removed',
    given: 'card no longer needs billing',
    pair: requestPair(payment({ card: ['billing'] }), payment()),
    want: 1,
  },
  {
    rule: 'request-dependent-required-removed',
    given: 'unchanged',
    pair: requestPair(payment({ card: ['billing'] }), payment({ card: ['billing'] })),
    want: 0,
  },
  {
    rule: 'response-dependent-required-removed',
    given: 'card no longer comes with billing',
    pair: responsePair(payment({ card: ['billing'] }), payment()),
    want: 1,
  },
  {
    rule: 'response-dependent-required-removed',
    given: 'billing became required outright instead',
    pair: responsePair(payment({ card: ['billing'] }), payment({}, ['billing'])),
    want: 0,
  },
  {
    rule: 'response-dependent-required-added',
    given: 'card now comes with billing',
    pair: responsePair(payment(), payment({ card: ['billing'] })),
    want: 1,
  },
  {
    rule: 'response-dependent-required-added',
    given: 'in a request',
    pair: requestPair(payment(), payment({ card: ['billing'] })),
    want: 0,
  },
];
