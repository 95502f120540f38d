/**
 * The checks the runner knows, with their ids and what each one asserts.
 */

/** Where a check gets its evidence from. */
export type CheckKind = 'request' | 'response' | 'flow';

/**
 * The group of checks that share their requests: the unit the runner
 * executes and the unit a shard is made of.
 */
export type CheckPhase = 'request' | 'valid' | 'negative' | 'auth' | 'pagination' | 'stateful';

/** One entry of {@link CHECK_CATALOGUE}. */
export interface CheckDescription {
  /** The id used by `--checks`, reports and replay files. */
  readonly id: CheckId;
  readonly kind: CheckKind;
  readonly phase: CheckPhase;
  /** What the check asserts, in one sentence. */
  readonly summary: string;
  /** Whether it runs without being asked for (`response-time` needs a budget). */
  readonly byDefault: boolean;
}

/**
 * Every check id, in report order: request properties first (pure, no
 * network), then response checks, then multi-request flows.
 *
 * @example
 * CHECK_IDS.includes('response-schema'); // true
 */
export const CHECK_IDS = [
  'request-valid',
  'router-round-trip',
  'invalid-rejected-by-builder',
  'not-a-server-error',
  'status-code-declared',
  'content-type-declared',
  'response-schema',
  'response-headers',
  'positive-accepted',
  'negative-rejected',
  'auth-enforced',
  'pagination-consistent',
  'stateful',
  'response-time',
] as const;

/** The id of one check. */
export type CheckId = (typeof CHECK_IDS)[number];

/**
 * The catalogue of checks, in {@link CHECK_IDS} order.
 *
 * @example
 * CHECK_CATALOGUE.filter((check) => check.kind === 'request').map((check) => check.id);
 * // ['request-valid', 'router-round-trip', 'invalid-rejected-by-builder']
 */
export const CHECK_CATALOGUE: readonly CheckDescription[] = [
  {
    id: 'request-valid',
    kind: 'request',
    phase: 'request',
    byDefault: true,
    summary:
      'valid generated inputs give a built request whose path fits the template and whose parameters and body pass the validators',
  },
  {
    id: 'router-round-trip',
    kind: 'request',
    phase: 'request',
    byDefault: true,
    summary:
      "core-client's matchRequest reads the built request, parsed as fetch parses it, back as the same operation and parameters",
  },
  {
    id: 'invalid-rejected-by-builder',
    kind: 'request',
    phase: 'request',
    byDefault: true,
    summary:
      'inputs with one broken constraint are rejected with RequestValidationError naming the parameter, before any network call',
  },
  {
    id: 'not-a-server-error',
    phase: 'valid',
    kind: 'response',
    byDefault: true,
    summary: 'no response has a 5xx status',
  },
  {
    id: 'status-code-declared',
    kind: 'response',
    phase: 'valid',
    byDefault: true,
    summary:
      'the status is declared by the operation (exactly, as NXX, or by default); unless --strict-status, 404 and 429, a 401 to a request without a valid token and a 400 to an invalid input pass undeclared',
  },
  {
    id: 'content-type-declared',
    kind: 'response',
    phase: 'valid',
    byDefault: true,
    summary: 'a response with a body has a content type the spec declares for that status',
  },
  {
    id: 'response-schema',
    kind: 'response',
    phase: 'valid',
    byDefault: true,
    summary:
      'the body validates against the schema declared for its status and content type (default as fallback; {"message"} for an undescribed error)',
  },
  {
    id: 'response-headers',
    kind: 'response',
    phase: 'valid',
    byDefault: true,
    summary: 'required response headers are present and declared headers match their schema',
  },
  {
    id: 'positive-accepted',
    kind: 'response',
    phase: 'valid',
    byDefault: true,
    summary: 'a valid request is not refused as invalid (no 400, 405, 413, 415 or 422)',
  },
  {
    id: 'negative-rejected',
    kind: 'response',
    phase: 'negative',
    byDefault: true,
    summary:
      'an input that still breaks a constraint on the wire, sent raw, gets a 4xx that passes the response checks (declared status, content type, schema, headers)',
  },
  {
    id: 'auth-enforced',
    kind: 'response',
    phase: 'auth',
    byDefault: true,
    summary:
      'a secured operation answers 401 or 403 without a token and with a wrong token, and that answer passes the response checks',
  },
  {
    id: 'pagination-consistent',
    kind: 'flow',
    phase: 'pagination',
    byDefault: true,
    summary: 'following next_page_token ends, never repeats a token, and no item appears twice',
  },
  {
    id: 'stateful',
    kind: 'flow',
    phase: 'stateful',
    byDefault: true,
    summary:
      'pipelines: trigger → get by id → get by number → list → workflows → jobs; contexts, env vars, checkout keys, schedules, webhooks: create → get → delete → get is 404',
  },
  {
    id: 'response-time',
    kind: 'response',
    phase: 'valid',
    byDefault: false,
    summary: 'every response arrives within the budget (opt-in: --response-time-budget MS)',
  },
];

/**
 * Whether a string is a known check id.
 *
 * @example
 * isCheckId('response-schema'); // true
 * isCheckId('schema'); // false
 */
export function isCheckId(value: string): value is CheckId {
  return (CHECK_IDS as readonly string[]).includes(value);
}
