/** Why a breaking-changes log was refused. */
export type LogErrorCode = 'TOO_DEEP';

/**
 * A breaking-changes log that cannot be read, with the line that shows why.
 *
 * @example
 * try { await parseLog(text); } catch (error) { if (error instanceof LogError) console.error(error.line, error.message); }
 */
export class LogError extends Error {
  readonly code: LogErrorCode;
  /** The 1-based line of the log. */
  readonly line: number;

  constructor(code: LogErrorCode, message: string, line: number) {
    super(message);
    this.name = 'LogError';
    this.code = code;
    this.line = line;
  }
}
