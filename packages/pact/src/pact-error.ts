/** What went wrong, as a stable code. */
export type PactErrorCode =
  'BAD_OPTION' | 'NOT_FOUND' | 'BAD_PACT' | 'LOCK_TIMEOUT' | 'WRITE_FAILED' | 'TARGET_UNREACHABLE';

/**
 * The error every function of this package throws for bad input, an
 * unreadable pact or a provider that cannot be reached. The message says
 * what to do; `input` holds the offending value (never a secret).
 *
 * @example
 * try { await readPacts('missing.json'); } catch (error) {
 *   if (error instanceof PactError && error.code === 'NOT_FOUND') console.error(error.message);
 * }
 */
export class PactError extends Error {
  /** A stable, machine-readable code. */
  readonly code: PactErrorCode;
  /** The offending value, when there is one. */
  readonly input: unknown;

  constructor(code: PactErrorCode, message: string, input?: unknown) {
    super(message);
    this.name = 'PactError';
    this.code = code;
    this.input = input;
  }
}
