/**
 * The Pact Specification V4 file format, as far as HTTP interactions go,
 * and the interaction shape this package records from.
 */

/** One matcher of a rule list, e.g. `{ match: 'regex', regex: '^\\d+$' }`. */
export interface PactMatcher {
  /** `type`, `regex`, `integer`, `decimal`, `number`, `boolean`, `null`, `date`, `datetime`, `values`, `eachValue`, `include`, … */
  match: string;
  regex?: string;
  min?: number;
  max?: number;
  format?: string;
  value?: unknown;
  [key: string]: unknown;
}

/** A rule list: every matcher must hold (`AND`) or one of them (`OR`). */
export interface PactRuleList {
  combine?: 'AND' | 'OR';
  matchers: PactMatcher[];
}

/** Matching rules by category; `body`, `header` and `query` are keyed by path or name, `path` is one rule list. */
export interface PactMatchingRules {
  body?: Record<string, PactRuleList>;
  header?: Record<string, PactRuleList>;
  query?: Record<string, PactRuleList>;
  path?: PactRuleList;
  status?: PactRuleList;
}

/** A generator, e.g. `{ type: 'ProviderState', expression: '${pipelineId}' }`. */
export interface PactGenerator {
  type: string;
  expression?: string;
  dataType?: string;
  [key: string]: unknown;
}

/** Generators by category; `path` and `status` hold one generator. */
export interface PactGenerators {
  body?: Record<string, PactGenerator>;
  header?: Record<string, PactGenerator>;
  query?: Record<string, PactGenerator>;
  path?: PactGenerator;
}

/** A V4 body: JSON content as a value, anything else as text or base64. */
export interface PactBody {
  content: unknown;
  contentType: string;
  /** `false` for JSON or text written as is, `'base64'` for raw bytes. */
  encoded: false | 'base64';
}

/** A provider state with its parameters. */
export interface PactProviderState {
  name: string;
  params?: Record<string, unknown>;
}

/** The request half of an HTTP interaction. */
export interface PactRequest {
  method: string;
  path: string;
  query?: Record<string, string[]>;
  headers?: Record<string, string[]>;
  body?: PactBody;
  matchingRules?: PactMatchingRules;
  generators?: PactGenerators;
}

/** The response half of an HTTP interaction. */
export interface PactResponse {
  status: number;
  headers?: Record<string, string[]>;
  body?: PactBody;
  matchingRules?: PactMatchingRules;
  generators?: PactGenerators;
}

/** One `Synchronous/HTTP` interaction of a V4 pact. */
export interface PactInteraction {
  type: 'Synchronous/HTTP';
  /** A stable key: the same request and outcome always get the same key. */
  key?: string;
  description: string;
  pending?: boolean;
  providerStates?: PactProviderState[];
  request: PactRequest;
  response: PactResponse;
  comments?: Record<string, unknown>;
}

/** A V4 pact file. Interactions of other types are kept as read. */
export interface PactFile {
  consumer: { name: string };
  provider: { name: string };
  interactions: Array<PactInteraction | ({ type?: string } & Record<string, unknown>)>;
  metadata: { pactSpecification: { version: string }; [key: string]: unknown };
}

/**
 * One recorded request and response, secrets already masked by the
 * recorder: the shape `@circleci-kit/conformance` hands to its
 * `interactions` sink, and that {@link recordInteractions} builds from a
 * client's hooks.
 */
export interface RecordedInteraction {
  /** The operation called, e.g. `getPipelineById`. */
  operationId: string;
  /** What produced it, e.g. `valid`, `negative`, `auth`, `pagination`, `stateful`, `client`. */
  phase?: string;
  /** A short description, e.g. `getPipelineById with a valid input`. */
  description: string;
  /** The provider states the request relied on. @default [] */
  providerStates?: ReadonlyArray<{ name: string; params?: Record<string, unknown> }>;
  request: {
    method: string;
    /** Absolute URL. */
    url: string;
    headers: Readonly<Record<string, string>>;
    body: string | null;
  };
  response: {
    status: number;
    headers: Readonly<Record<string, string>>;
    /** The body text ('' when empty). */
    body: string;
    /** The parsed JSON body, when it was JSON. */
    json?: unknown;
  };
}

/** Receives recorded interactions (the form of conformance's `interactions` option). */
export type RecordedInteractionSink = (interaction: RecordedInteraction) => void | Promise<void>;
