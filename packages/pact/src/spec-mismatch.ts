/**
 * What the check of pacts against a spec reports and takes: one mismatch of
 * an interaction with the spec, and the options of the check.
 */

/** One way an interaction disagrees with the spec. */
export interface SpecMismatch {
  /** The interaction's description. */
  interaction: string;
  /** The interaction's index in the pact. */
  index: number;
  /** `error`: the pact breaks the spec; `warning`: it expects more than the spec promises. */
  severity: 'error' | 'warning';
  /** `route`, `parameter`, `request-body`, `status`, `response-body` or `matching-rule`. */
  kind: 'route' | 'parameter' | 'request-body' | 'status' | 'response-body' | 'matching-rule';
  /** JSON pointer into the pact file, e.g. `/interactions/3/response/body/content/items/0/id`. */
  pointer: string;
  /** JSON pointer into the spec document, e.g. `/paths/~1me/get/responses/200/…/properties/id`. */
  specPointer: string;
  message: string;
}

/** Options of `checkPactAgainstSpec` and `createSpecChecker`. */
export interface CheckPactOptions {
  /** Spec-valid responses drawn per interaction to hold the matching rules to. @default 12 */
  samples?: number;
  /** The seed of those draws. @default 1 */
  seed?: number;
  /**
   * Only declared statuses pass. Off by default, so the statuses CircleCI
   * answers on every route but declares on few pass undeclared: 404 and
   * 429, 401 to a request without a valid token (none, or
   * `invalid-circle-token`), and 400 to a request that breaks the spec —
   * as conformance's `status-code-declared` does.
   * @default false
   */
  strictStatus?: boolean;
}

/** {@link CheckPactOptions} with their defaults filled in. */
export type CheckSettings = Required<CheckPactOptions>;

/**
 * The options with their defaults filled in.
 *
 * @example
 * checkSettings({ seed: 7 }); // { samples: 12, seed: 7, strictStatus: false }
 */
export function checkSettings(options: CheckPactOptions): CheckSettings {
  return {
    samples: options.samples ?? 12,
    seed: options.seed ?? 1,
    strictStatus: options.strictStatus ?? false,
  };
}
