import { SpecError, type SpecProblem } from '@circleci-kit/spec-loader';
import { cliErrorOf } from '../../cli-error-of.ts';
import type { CommandContext } from '../../command-context.ts';
import { ExitCode } from '../../exit-codes.ts';
import { printJson } from '../../io.ts';
import { loadSpecForCli, type SpecFlags } from '../../load-spec-for-cli.ts';

/** One problem as `spec validate --json` prints it (line and column are null unless a parse error). */
export interface ValidationEntry {
  code: string;
  pointer: string;
  message: string;
  line: number | null;
  column: number | null;
}

function entry(problem: SpecProblem): ValidationEntry {
  return {
    code: problem.code,
    pointer: problem.pointer,
    message: problem.message,
    line: problem.line ?? null,
    column: problem.column ?? null,
  };
}

function errorsOf(error: SpecError): ValidationEntry[] {
  if (error.problems.length > 0) return error.problems.map(entry);
  return [
    entry({
      code: error.code,
      pointer: error.pointer,
      message: error.message,
      ...(error.line === undefined ? {} : { line: error.line }),
      ...(error.column === undefined ? {} : { column: error.column }),
    }),
  ];
}

/** Whether a load failed because the spec is invalid (exit 1), not unreadable or unreachable. */
async function isInvalidSpec(error: unknown): Promise<boolean> {
  return error instanceof SpecError && (await cliErrorOf(error))?.exitCode === ExitCode.checkFailed;
}

/**
 * Runs `spec validate`: prints the spec's errors and warnings and sets exit
 * code 1 when it is not valid OpenAPI 3.0 or 3.1 (in `--lenient` mode, warnings
 * alone still pass).
 *
 * @example
 * await runSpecValidate({ lenient: true, json: true }, context);
 */
export async function runSpecValidate(options: SpecFlags & { json?: boolean }, context: CommandContext): Promise<void> {
  const { io, setExitCode } = context;
  let errors: ValidationEntry[] = [];
  let warnings: ValidationEntry[] = [];
  try {
    const { spec } = await loadSpecForCli(io, options, context);
    warnings = spec.warnings.map(entry);
  } catch (error) {
    if (!(await isInvalidSpec(error))) throw error;
    errors = errorsOf(error as SpecError);
  }
  const valid = errors.length === 0;
  if (!valid) setExitCode(ExitCode.checkFailed);
  if (options.json === true) {
    printJson(io, { valid, errors, warnings });
    return;
  }
  const where = (e: ValidationEntry) =>
    `${e.pointer || '/'}${e.line === null ? '' : ` (line ${e.line}, column ${e.column ?? 1})`}`;
  for (const e of errors) io.stdout(`error   ${e.code} ${where(e)}: ${e.message}\n`);
  for (const w of warnings) io.stdout(`warning ${w.code} ${where(w)}: ${w.message}\n`);
  io.stdout(
    valid
      ? `valid${warnings.length > 0 ? ` with ${warnings.length} warning(s)` : ''}\n`
      : `invalid: ${errors.length} error(s)\n`,
  );
}
