import { RequestValidationError } from '@circleci-kit/core-client';
import type { InvalidOperationInput } from '@circleci-kit/schema';
import { parsePointer } from '@circleci-kit/spec-loader';

/** The wire name of the parameter a violation pointer names (`/query/page-token` → `page-token`), or `body`. */
export function violatedParameter(pointer: string): string {
  const [group, name = ''] = parsePointer(pointer) ?? [];
  return group === 'body' ? 'body' : name;
}

/**
 * `invalid-rejected-by-builder` (pure): building a request from an input
 * with one broken constraint threw a `RequestValidationError` whose problems
 * name the broken parameter (or the body), and nothing was sent.
 * `outcome` is what the build threw, or the request it returned.
 *
 * @example
 * invalidRejectedByBuilder(sample, error, 0); // undefined
 */
export function invalidRejectedByBuilder(
  sample: InvalidOperationInput,
  outcome: unknown,
  requestsSent: number,
): string | undefined {
  const { pointer, keyword } = sample.violation;
  if (requestsSent > 0) return `${requestsSent} request(s) went out before the input was rejected`;
  if (!(outcome instanceof RequestValidationError)) {
    const what = outcome instanceof Error ? `threw ${outcome.name}: ${outcome.message}` : 'built a request';
    return `the input breaks ${keyword} at ${pointer}, but the builder ${what}`;
  }
  const name = violatedParameter(pointer);
  const named = outcome.problems.some(
    (problem) =>
      problem.wireName === name || problem.parameter === name || (name === 'body' && problem.parameter === 'body'),
  );
  return named
    ? undefined
    : `RequestValidationError does not name ${name} (it names ${outcome.problems.map((p) => p.wireName ?? p.parameter).join(', ')})`;
}
