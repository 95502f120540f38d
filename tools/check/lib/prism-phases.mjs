// The phases of the conformance traffic through Prism.

/**
 * The conformance runs, one per phase, in the order they run, so each
 * request is attributed to its phase: `valid` (response checks, pagination,
 * stateful flows), `negative` (`negative-rejected`) and `auth`
 * (`auth-enforced`). Request-only checks send nothing and are left out.
 *
 * @type {ReadonlyArray<{ name: string, checks: string }>}
 * @example
 * PRISM_PHASES.map((phase) => phase.name); // ['valid', 'negative', 'auth']
 */
export const PRISM_PHASES = [
  {
    name: 'valid',
    checks:
      'not-a-server-error,status-code-declared,content-type-declared,response-schema,response-headers,positive-accepted,pagination-consistent,stateful',
  },
  { name: 'negative', checks: 'negative-rejected' },
  { name: 'auth', checks: 'auth-enforced' },
];
