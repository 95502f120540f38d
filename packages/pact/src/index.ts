export type * from './pact-types.js';
export { PactError, type PactErrorCode } from './pact-error.js';
export { INVALID_TOKEN_PLACEHOLDER, REPLAY_STATE, TOKEN_PLACEHOLDER } from './token-placeholder.js';
export { responseBodyRules, type ResponseBodyRules } from './response-body-rules.js';
export {
  interactionKey,
  responseSchema,
  toPactInteraction,
  type ReplayedRequest,
  type ToPactInteractionOptions,
} from './to-pact-interaction.js';
export { mergePactFile, type MergePactInput, type MergePactResult } from './merge-pact-file.js';
export { createPactWriter, writePact, type PactWriter, type PactWriterOptions } from './create-pact-writer.js';
export { recordInteractions, type RecordInteractionsOptions } from './record-interactions.js';
export { assertPact, readPacts, type LoadedPact } from './read-pacts.js';
export { matchBody, matcherRefuses, type BodyMismatch } from './match-body.js';
export { verifyPact, type StateContext, type StateHandler, type VerifyPactOptions } from './verify-pact.js';
export type { InteractionResult, PactMismatch, PactVerificationReport } from './pact-verification-report.js';
export { pactJunitReport } from './pact-junit-report.js';
export { writeVerificationReports, type VerificationReportTarget } from './write-verification-reports.js';
export { checkPactAgainstSpec, type CheckPactOptions, type SpecMismatch } from './check-pact-against-spec.js';
