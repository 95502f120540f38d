import type { RuleCase } from '../rule-cases.ts';
import { spec } from '../build-spec.ts';

const key = { api_key_header: [] };
const basic = { basic_auth: [] };
const both = { api_key_header: [], basic_auth: [] };
const secured = (...security: Array<Record<string, string[]>>) => spec({ security });

/**
 * Minimal pairs of the security rules read as requirements: alternatives
 * (OR) of requirement objects whose schemes must all be satisfied (AND).
 */
export const securityCases: RuleCase[] = [
  {
    rule: 'security-scheme-also-required',
    given: '[{key}] → [{key, basic}]',
    pair: [secured(key), secured(both)],
    want: 1,
  },
  {
    rule: 'security-scheme-also-required',
    given: '[{key}, {basic}] → [{key, basic}]: each side of the old OR',
    pair: [secured(key, basic), secured(both)],
    want: 2,
  },
  {
    rule: 'security-scheme-also-required',
    given: '[{key, basic}] → [{key}]',
    pair: [secured(both), secured(key)],
    want: 0,
  },
  {
    rule: 'security-scheme-also-required',
    given: '[{key}] → [{key}, {key, basic}]: key alone still gets in',
    pair: [secured(key), secured(key, both)],
    want: 0,
  },
  {
    rule: 'security-scheme-also-required',
    given: 'oauth read → oauth read and write with a key',
    pair: [secured({ oauth: ['read'] }), secured({ oauth: ['read', 'write'], api_key_header: [] })],
    want: 1,
  },
  {
    rule: 'security-scheme-added',
    given: '[{key}] → [{key, basic}] (a scheme that must also be satisfied)',
    pair: [secured(key), secured(both)],
    want: 0,
  },
  {
    rule: 'security-scheme-added',
    given: '[{key, basic}] → [{key, basic}, {oauth}]',
    pair: [secured(both), secured(both, { oauth: [] })],
    want: 1,
  },
  {
    rule: 'security-scheme-removed',
    given: '[{key}, {basic}] → [{key}]: callers using basic refused',
    pair: [secured(key, basic), secured(key)],
    want: 1,
  },
  {
    rule: 'security-scheme-removed',
    given: '[{key, basic}] → [{key}]: basic no longer needed',
    pair: [secured(both), secured(key)],
    want: 0,
  },
  {
    rule: 'security-scheme-removed',
    given: '[{key, basic}] → [{key, oauth}]',
    pair: [secured(both), secured({ api_key_header: [], oauth: [] })],
    want: 1,
  },
  {
    rule: 'security-scope-added',
    given: 'oauth read or key → oauth read and write or key',
    pair: [secured({ oauth: ['read'] }, key), secured({ oauth: ['read', 'write'] }, key)],
    want: 1,
  },
  {
    rule: 'security-scope-added',
    given: 'oauth read → oauth read, or oauth read and write',
    pair: [secured({ oauth: ['read'] }), secured({ oauth: ['read'] }, { oauth: ['read', 'write'] })],
    want: 0,
  },
  {
    rule: 'security-required-added',
    given: '[{}, {key}] → [{key, basic}]',
    pair: [secured({}, key), secured(both)],
    want: 1,
  },
  {
    rule: 'security-scheme-also-required',
    given: '[{}, {key}] → [{key, basic}] (that is security-required-added)',
    pair: [secured({}, key), secured(both)],
    want: 0,
  },
];
