import { SpecError } from '@circleci-kit/spec-loader';
import { CliError } from '../../cli-error.ts';
import { ExitCode } from '../../exit-codes.ts';
import { redactSecrets } from './redact-secrets.ts';

/** Which spec of a diff failed to load, for the message. */
export type SpecRole = 'old spec' | 'new spec' | 'spec';

const isUrl = (source: string) => /^https?:\/\//i.test(source);

/**
 * The error that ends a `breaking` command when a spec cannot be loaded:
 * exit 3 when a spec URL could not be reached (network error, timeout, HTTP
 * 404), else exit 2 (unreadable file, invalid document, a `$ref` that cannot
 * be followed); never 1, which means a change at `--fail-on`. The message
 * names the spec (`role`) and why, with secrets removed.
 *
 * @example
 * throw specLoadError(error, 'old spec', 'specs/old.json', io.env);
 * // circleci-kit: cannot load the old spec: /work/specs/old.json: no such file
 */
export function specLoadError(
  error: unknown,
  role: SpecRole,
  source: string,
  env: Readonly<Record<string, string | undefined>>,
): CliError {
  if (error instanceof CliError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  const message = redactSecrets(`cannot load the ${role}: ${reason}`, env);
  if (!(error instanceof SpecError)) return new CliError(message, ExitCode.usage, 'SPEC_UNREADABLE');
  const unreachable = error.code === 'FETCH_FAILED' || (error.code === 'NOT_FOUND' && isUrl(source));
  return new CliError(message, unreachable ? ExitCode.target : ExitCode.usage, error.code);
}
