/** One mismatch between what a pact expects and what the provider answered. */
export interface PactMismatch {
  /** `status`, `header`, `body` or `state`. */
  where: 'status' | 'header' | 'body' | 'state';
  /** JSON pointer in the body, or the header name. */
  pointer: string;
  message: string;
}

/** The outcome of one interaction. */
export interface InteractionResult {
  /** The pact file (or `<object>`). */
  pact: string;
  consumer: string;
  provider: string;
  description: string;
  key: string;
  /** From the interaction's comments, else the description's first word. */
  operationId: string;
  status: 'passed' | 'failed' | 'skipped' | 'error';
  /** Why it was skipped or errored. */
  reason?: string;
  mismatches: PactMismatch[];
  request: { method: string; path: string };
  /** The status the provider answered. */
  actualStatus?: number;
  durationMs: number;
}

/** The outcome of verifying pacts against a provider. */
export interface PactVerificationReport {
  format: 'circleci-kit-pact-verification/1';
  target: string;
  pacts: Array<{ path: string; consumer: string; provider: string; interactions: number }>;
  results: InteractionResult[];
  totals: { passed: number; failed: number; skipped: number; error: number };
  durationMs: number;
  /** Set when the target could not be reached: the run stopped there. */
  aborted?: { reason: string };
}
