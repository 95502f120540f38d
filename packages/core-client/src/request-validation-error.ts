/** One problem found in the parameters given for an operation. */
export interface ParameterProblem {
  /** The camelCase name the caller used (or should have used), or `body`. */
  readonly parameter: string;
  /** The name on the wire, when it differs from `parameter`. */
  readonly wireName?: string;
  /** What is wrong, e.g. `required path parameter is missing`. */
  readonly message: string;
}

/**
 * Thrown by `buildRequest` (and so by every client method) before anything is
 * sent, when the parameters do not fit the operation. It lists every problem,
 * not only the first. Parameter values are described by type, never echoed,
 * so a secret passed by mistake does not end up in a log.
 *
 * @example
 * try {
 *   buildRequest('triggerPipeline', {});
 * } catch (error) {
 *   if (error instanceof RequestValidationError) console.error(error.problems);
 * }
 */
export class RequestValidationError extends Error {
  /** Always `REQUEST_VALIDATION`. */
  readonly code = 'REQUEST_VALIDATION' as const;
  /** The operation the parameters were meant for. */
  readonly operationId: string;
  /** Every problem found, in parameter order. */
  readonly problems: readonly ParameterProblem[];

  constructor(operationId: string, problems: readonly ParameterProblem[]) {
    const lines = problems.map(
      (p) => `  - ${p.parameter}${p.wireName && p.wireName !== p.parameter ? ` (${p.wireName})` : ''}: ${p.message}`,
    );
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`invalid parameters for ${operationId} (${count}); fix them and call again:\n${lines.join('\n')}`);
    this.name = 'RequestValidationError';
    this.operationId = operationId;
    this.problems = problems;
  }
}
