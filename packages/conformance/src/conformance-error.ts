/** The codes of {@link ConformanceError}. */
export type ConformanceErrorCode =
  | 'BAD_SHARD'
  | 'UNKNOWN_CHECK'
  | 'UNKNOWN_OPERATION'
  | 'BAD_OPTION'
  | 'BAD_REPORT'
  | 'BAD_REPLAY'
  | 'TARGET_UNREACHABLE';

/**
 * An error of the conformance runner: a bad option, an unreadable report or
 * replay file, or a target that cannot be reached. Secrets never appear in
 * the message.
 *
 * @example
 * throw new ConformanceError('BAD_SHARD', '--shard 4/3: the index must be between 1 and 3', '4/3');
 */
export class ConformanceError extends Error {
  readonly code: ConformanceErrorCode;
  /** The offending input (already redacted), when there is one. */
  readonly input: string | undefined;

  constructor(code: ConformanceErrorCode, message: string, input?: string) {
    super(message);
    this.name = 'ConformanceError';
    this.code = code;
    this.input = input;
  }
}
