export type * from './pact-types.ts';
export { PactError, type PactErrorCode } from './pact-error.ts';
export { INVALID_TOKEN_PLACEHOLDER, REPLAY_STATE, TOKEN_PLACEHOLDER } from './token-placeholder.ts';
export { responseBodyRules, type ResponseBodyRules } from './response-body-rules.ts';
export {
  interactionKey,
  responseSchema,
  toPactInteraction,
  type ReplayedRequest,
  type ToPactInteractionOptions,
} from './to-pact-interaction.ts';
export { mergePactFile, type MergePactInput, type MergePactResult } from './merge-pact-file.ts';
export { createPactWriter, writePact, type PactWriter, type PactWriterOptions } from './create-pact-writer.ts';
export { recordInteractions, type RecordInteractionsOptions } from './record-interactions.ts';
export { assertPact, pactPaths, readPactFile, readPacts, type LoadedPact } from './read-pacts.ts';
export { matchBody, matcherRefuses, type BodyMismatch } from './match-body.ts';
export { verifyPact, type StateContext, type StateHandler, type VerifyPactOptions } from './verify-pact.ts';
export type { InteractionResult, PactMismatch, PactVerificationReport } from './pact-verification-report.ts';
export { pactJunitReport } from './pact-junit-report.ts';
export { writeVerificationReports, type VerificationReportTarget } from './write-verification-reports.ts';
export { checkPactAgainstSpec } from './check-pact-against-spec.ts';
export { createSpecChecker, type SpecChecker } from './spec-checker.ts';
export { isHttpInteraction } from './is-http-interaction.ts';
export type { CheckPactOptions, SpecMismatch } from './spec-mismatch.ts';
export { parsePath as parseMatchingRulePath, type PathToken } from './_internals/json-path.ts';
