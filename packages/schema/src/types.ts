/**
 * The shapes shared by the converters, validators and arbitraries of
 * `@circleci-kit/schema`.
 */
import type { JsonValue, SchemaObject } from '@circleci-kit/spec-loader';

export type { JsonValue, SchemaObject };

/**
 * Which way a value travels: `request` leaves `readOnly` properties out,
 * `response` leaves `writeOnly` properties out.
 */
export type Direction = 'request' | 'response';

/** A JSON Schema (2020-12, as Ajv's 2020 build reads it), as {@link toJsonSchema} produces it. */
export type JsonSchema = Record<string, unknown>;

/** One reason a value does not match its schema, worded for a person. */
export interface ValidationIssue {
  /**
   * JSON pointer of the offending value: for `required`, of the missing
   * property; for `additionalProperties` and `unevaluatedProperties`, of
   * the property not allowed; for `dependentRequired`, of the object.
   */
  pointer: string;
  /** The JSON Schema keyword that failed, e.g. `type`, `required`, `format`. */
  keyword: string;
  /** A sentence naming the place, what was expected and what was found. */
  message: string;
  /** What the schema wants there, e.g. `a uuid`, `one of "a", "b"`. */
  expected: string;
  /** What the value holds there, shortened; `missing` for an absent property. */
  actual: string;
}

/** The outcome of one validation. */
export type ValidationResult = { valid: true } | { valid: false; errors: ValidationIssue[] };

/** A compiled validator: call it with a value. */
export interface Validator {
  (value: unknown): ValidationResult;
  /** The JSON Schema it was compiled from. */
  readonly schema: JsonSchema;
}

/** What an invalid-mode arbitrary yields: the value and the one constraint it breaks. */
export interface InvalidSample {
  value: unknown;
  violation: Violation;
}

/** The one constraint an invalid value breaks. */
export interface Violation {
  /** JSON pointer of the offending value, as a {@link ValidationIssue} would give it. */
  pointer: string;
  /** The JSON Schema keyword that the value breaks. */
  keyword: string;
}
