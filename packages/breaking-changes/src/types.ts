/**
 * The shapes that `diffSpecs` returns and that every rule produces.
 */

/** How serious a change is: `error` breaks clients, `warn` may break them, `info` does not. */
export type Level = 'error' | 'warn' | 'info';

/** Which side of the exchange a change affects; `none` for route-level and lifecycle changes. */
export type Direction = 'request' | 'response' | 'none';

/** The operation a change belongs to, as written in the new spec (the old one when it was removed). */
export interface OperationRef {
  method: string;
  /** The route as written; for a webhook, its name. */
  path: string;
  operationId: string;
  /** The operation's summary, used to match the log's documentation links. */
  summary?: string;
  /** Set when the change is about a webhook (OpenAPI 3.1 `webhooks`: a request the API sends), not an operation. */
  webhook?: true;
}

/** One difference between two spec versions, as found by one rule of the catalogue. */
export interface Change {
  /** The rule's id, e.g. `response-required-property-removed`. */
  id: string;
  level: Level;
  direction: Direction;
  operation: OperationRef;
  /** JSON pointer of the place in the old document, or `null` when it is new. */
  old: string | null;
  /** JSON pointer of the place in the new document, or `null` when it is gone. */
  new: string | null;
  /** A sentence a person can act on. */
  message: string;
  /** The names the change is about (property, parameter, route), used to match the log. */
  subjects: string[];
  /** For moved operations, the other route (the old path). */
  otherPath?: string;
}

/** Options of `diffSpecs`. */
export interface DiffOptions {
  /**
   * Also report description, summary and example edits (CircleCI regenerates
   * examples on every deploy, so they are noise by default).
   * @default false
   */
  includeDocs?: boolean;
  /**
   * Rule ids to leave out.
   * @default []
   */
  ignore?: readonly string[];
  /**
   * The day the new version ships (YYYY-MM-DD): "today" when a removed
   * operation's `x-sunset` is compared, and the start of `deprecationDays`.
   * @default the current date (UTC)
   */
  releaseDate?: string;
  /**
   * The least notice, in days, an operation deprecated in the new version
   * must give: it must carry an `x-sunset` at least this many days after
   * `releaseDate`. 0 requires nothing.
   * @default 0
   */
  deprecationDays?: number;
  /**
   * Check only operations at or above this `x-stability-level` (an operation
   * without one is `stable`), each at full level. Unset, every operation is
   * checked and the findings on `draft` and `alpha` ones are `info`.
   */
  stabilityLevel?: StabilityLevel;
}

/** An operation's `x-stability-level`, least stable first. */
export type StabilityLevel = 'draft' | 'alpha' | 'beta' | 'stable';
