/**
 * `@circleci-kit/pact/check-spec`: the check of pacts against an OpenAPI
 * document, and the reading of pact files, without the rest of the package.
 * The main entry also brings the writer (write-file-atomic), the verifier
 * (mock-server) and its JUnit report (junit-report-builder); a tool that
 * only checks pacts against a spec (`circleci-kit breaking diff --pacts`)
 * loads this one instead. Everything here is also exported by the main
 * entry, as the same functions and classes.
 */
export type * from './pact-types.ts';
export { PactError, type PactErrorCode } from './pact-error.ts';
export { assertPact, pactPaths, readPactFile, readPacts, type LoadedPact } from './read-pacts.ts';
export { checkPactAgainstSpec } from './check-pact-against-spec.ts';
export { createSpecChecker, type SpecChecker } from './spec-checker.ts';
export { isHttpInteraction } from './is-http-interaction.ts';
export type { CheckPactOptions, SpecMismatch } from './spec-mismatch.ts';
export { parsePath as parseMatchingRulePath, type PathToken } from './_internals/json-path.ts';
