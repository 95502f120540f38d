import type { CircleCIErrorCode } from '@circleci-kit/core-client';
import { CliError } from './cli-error.ts';
import { ExitCode, type ExitCodeValue } from './exit-codes.ts';

/** A package's error class, as its package exports it. */
type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

/** How one package's error class ends a command. */
interface Rule {
  /** Loads the class, so a command loads a package only to check an error of that package. */
  load: () => Promise<ErrorClass<Error>>;
  exitCode: (error: Error) => ExitCodeValue;
}

function rule<E extends Error>(load: () => Promise<ErrorClass<E>>, exitCode: (error: E) => ExitCodeValue): Rule {
  return { load, exitCode: exitCode as (error: Error) => ExitCodeValue };
}

const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** The codes of a call that never got an answer it could use: the API could not be reached. */
const UNREACHED: ReadonlySet<CircleCIErrorCode> = new Set([
  'NETWORK_ERROR',
  'TIMEOUT',
  'ABORTED',
  'RETRY_AFTER_TOO_LONG',
]);

/**
 * Every error class the packages export, by its `name`, with the exit code
 * it ends a command with (see the table in the CLI README).
 */
const RULES: Readonly<Record<string, Rule>> = {
  SpecError: rule(
    async () => (await import('@circleci-kit/spec-loader')).SpecError,
    (error) =>
      error.code === 'FETCH_FAILED' || (error.code === 'NOT_FOUND' && isUrl(error.source))
        ? ExitCode.target
        : error.code === 'NOT_FOUND'
          ? ExitCode.usage
          : ExitCode.checkFailed,
  ),
  SchemaError: rule(
    async () => (await import('@circleci-kit/schema')).SchemaError,
    () => ExitCode.checkFailed,
  ),
  SlugError: rule(
    async () => (await import('@circleci-kit/slug')).SlugError,
    () => ExitCode.usage,
  ),
  RequestValidationError: rule(
    async () => (await import('@circleci-kit/core-client')).RequestValidationError,
    () => ExitCode.usage,
  ),
  CircleCIError: rule(
    async () => (await import('@circleci-kit/core-client')).CircleCIError,
    (error) => (UNREACHED.has(error.code) || (error.status ?? 0) >= 500 ? ExitCode.target : ExitCode.checkFailed),
  ),
  MockServerError: rule(
    async () => (await import('@circleci-kit/mock-server')).MockServerError,
    (error) => (error.code === 'LISTEN_FAILED' ? ExitCode.target : ExitCode.usage),
  ),
  ConformanceError: rule(
    async () => (await import('@circleci-kit/conformance')).ConformanceError,
    (error) => (error.code === 'TARGET_UNREACHABLE' ? ExitCode.target : ExitCode.usage),
  ),
  PactError: rule(
    async () => (await import('@circleci-kit/pact/check-spec')).PactError,
    (error) => (error.code === 'TARGET_UNREACHABLE' ? ExitCode.target : ExitCode.usage),
  ),
  LogError: rule(
    async () => (await import('@circleci-kit/breaking-changes')).LogError,
    () => ExitCode.usage,
  ),
  ControlError: rule(
    async () => (await import('@circleci-kit/breaking-changes')).ControlError,
    () => ExitCode.usage,
  ),
};

/**
 * The one mapping from errors to what a command ends with: a {@link CliError}
 * as it is; an error of a package (`SpecError`, `SlugError`,
 * `ConformanceError`, `PactError`, `CircleCIError`…) as a `CliError` with the
 * package's message and code, the exit code of the CLI README's table, and
 * the package's error as `cause`; anything else `undefined` (an unexpected
 * error). A package is loaded only when an error carries the name of one of
 * its classes, so `main` can map every command's errors without loading
 * every package first.
 *
 * @example
 * const mapped = await cliErrorOf(new SlugError('UNKNOWN_VCS', 'gl/a/b', 'GitLab projects have no "gl/" slug'));
 * mapped?.exitCode; // 2
 */
export async function cliErrorOf(error: unknown): Promise<CliError | undefined> {
  if (error instanceof CliError) return error;
  if (!(error instanceof Error) || !Object.hasOwn(RULES, error.name)) return undefined;
  const { load, exitCode } = RULES[error.name]!;
  if (!(error instanceof (await load()))) return undefined;
  const code = (error as { code?: unknown }).code;
  return new CliError(error.message, exitCode(error), typeof code === 'string' ? code : error.name, { cause: error });
}
