/** What went wrong, as a stable code. */
export type SchemaErrorCode =
  'UNSATISFIABLE_SCHEMA' | 'NO_INVALID_VALUE' | 'UNKNOWN_OPERATION' | 'UNKNOWN_RESPONSE' | 'COMPILE_FAILED';

/**
 * The one error class that `@circleci-kit/schema` throws.
 *
 * @example
 * ```ts
 * try {
 *   arbitraryFor({ type: 'string', enum: [] }, { direction: 'response', mode: 'valid' });
 * } catch (error) {
 *   if (error instanceof SchemaError) console.log(error.code); // UNSATISFIABLE_SCHEMA
 * }
 * ```
 */
export class SchemaError extends Error {
  /** A stable code to branch on. */
  readonly code: SchemaErrorCode;
  /** JSON pointer, inside the schema or value, of the place in question. */
  readonly pointer: string;

  constructor(code: SchemaErrorCode, message: string, pointer = '') {
    super(message);
    this.name = 'SchemaError';
    this.code = code;
    this.pointer = pointer;
  }
}
