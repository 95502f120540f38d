import { readWireValue, type OperationSpec, type ParameterSpec } from '@circleci-kit/core-client';
import { CliError } from '../../cli-error.ts';
import { ExitCode } from '../../exit-codes.ts';

/** A value as a list of values: itself when it already is one. */
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** A flag's text as the parameter's type: JSON for a list or an object, else read as the wire text it will be. */
function coerce(parameter: ParameterSpec | undefined, raw: string): unknown {
  if (parameter === undefined) return raw;
  if ((parameter.type === 'array' || parameter.type === 'object') && /^\s*[[{]/.test(raw)) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  return readWireValue({ ...parameter, explode: true }, [raw]);
}

/**
 * Turns repeated `--param name=value` flags into the builder's params. The
 * name may be the camelCase key or the spec's own (`project-slug`); values
 * are coerced to the parameter's type (numbers, booleans, JSON for arrays
 * and objects), and a repeated name collects a list.
 *
 * @example
 * parseParams(operation, ['project-slug=gh/acme/api', 'branch=main']); // { projectSlug: 'gh/acme/api', branch: 'main' }
 */
export function parseParams(operation: OperationSpec, flags: readonly string[]): Record<string, unknown> {
  const parameters = Object.values(operation.parameters).flat();
  const params: Record<string, unknown> = {};
  for (const flag of flags) {
    const equals = flag.indexOf('=');
    if (equals <= 0) {
      throw new CliError(
        `--param ${flag}: expected name=value, e.g. --param projectSlug=gh/acme/api`,
        ExitCode.usage,
        'BAD_PARAM',
      );
    }
    const name = flag.slice(0, equals);
    const parameter = parameters.find((p) => p.key === name || p.name === name);
    const key = parameter?.key ?? name;
    const value = coerce(parameter, flag.slice(equals + 1));
    const previous = params[key];
    if (previous === undefined) params[key] = value;
    else params[key] = [...listOf(previous), ...listOf(value)];
  }
  return params;
}
