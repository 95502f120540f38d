/** What went wrong when starting or configuring the mock server. */
export type MockServerErrorCode = 'BAD_OPTIONS' | 'BAD_FAULT' | 'LISTEN_FAILED';

/**
 * The error `startMockServer` and `parseFault` throw for options a person can
 * fix: a bad fault rate, a port in use, a spec without operations.
 *
 * @example
 * try {
 *   parseFault('latency:2');
 * } catch (error) {
 *   if (error instanceof MockServerError) console.error(error.code, error.message); // BAD_FAULT …
 * }
 */
export class MockServerError extends Error {
  /** A machine-readable code. */
  readonly code: MockServerErrorCode;
  /** The offending input, when there is one. */
  readonly input: unknown;

  constructor(code: MockServerErrorCode, message: string, input?: unknown) {
    super(message);
    this.name = 'MockServerError';
    this.code = code;
    this.input = input;
  }
}
