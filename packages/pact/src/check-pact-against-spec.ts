/** The check of a whole pact against a spec, each interaction against its OpenAPI operation. */
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import type { PactFile } from './pact-types.ts';
import { createSpecChecker } from './spec-checker.ts';
import type { CheckPactOptions, SpecMismatch } from './spec-mismatch.ts';

/**
 * Checks each `Synchronous/HTTP` interaction of a pact against its OpenAPI
 * operation: the route (multi-segment project slugs included), path, query
 * and header parameters, the request body, that the status is declared,
 * and the response body. Unlike a comparator that looks only at example
 * values, it honours the matching rules: the example must be valid for the
 * schema, and spec-valid responses drawn from the schema must pass the
 * pact's rules, so a regex stricter than the schema's format or pattern, a
 * `type` matcher on a value of another type, a `min` above `minItems`, or a
 * field the spec does not require are each reported, with the interaction,
 * the JSON pointer in the pact and the location in the spec. Unless
 * `strictStatus`, statuses CircleCI answers everywhere pass undeclared
 * (404, 429, a 401 to a request without a valid token, a 400 to a request
 * that breaks the spec), as in conformance's `status-code-declared`. To
 * check many pacts against one spec, {@link createSpecChecker} shares the
 * work between them.
 *
 * @example
 * const mismatches = checkPactAgainstSpec(readPacts('pacts')[0].pact, spec);
 * for (const m of mismatches) console.log(`${m.interaction}: ${m.pointer} (${m.specPointer}) ${m.message}`);
 */
export function checkPactAgainstSpec(pact: PactFile, spec: LoadedSpec, options: CheckPactOptions = {}): SpecMismatch[] {
  const checker = createSpecChecker(spec, options);
  return pact.interactions.flatMap((interaction, index) => checker.check(interaction, index));
}
