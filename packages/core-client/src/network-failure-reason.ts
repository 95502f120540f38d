/**
 * Why a request could not be sent, in a word where there is one: the
 * system error code (`ECONNREFUSED`, `ENOTFOUND`, also from inside an
 * `AggregateError` of several addresses), else the inner error's message
 * (`other side closed`), else the error's own message. `fetch` throws a
 * bare `TypeError: fetch failed` and hides the reason in its `cause`: this
 * is the one reading of it, for the client's errors, `sendRequest`, the
 * conformance runner, `doctor` and `pnpm fixtures`.
 *
 * @param cause What fetch threw (a `CircleCIError`'s `cause`).
 * @example
 * networkFailureReason(error.cause); // 'ECONNREFUSED'
 * networkFailureReason(new TypeError('fetch failed', { cause: new Error('other side closed') })); // 'other side closed'
 */
export function networkFailureReason(cause: unknown): string {
  const outer = cause as
    | { message?: string; cause?: { code?: string; message?: string; errors?: Array<{ code?: string }> } }
    | null
    | undefined;
  const inner = outer?.cause;
  return inner?.code ?? inner?.errors?.[0]?.code ?? inner?.message ?? outer?.message ?? String(cause);
}
