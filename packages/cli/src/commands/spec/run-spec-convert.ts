import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join } from 'node:path';
import type { ConvertChange, ConvertChangeKind, ConvertFormat } from '@circleci-kit/spec-loader/convert';
import { CliError } from '../../cli-error.ts';
import type { CommandContext } from '../../command-context.ts';
import { ExitCode } from '../../exit-codes.ts';

/** The options of `spec convert`. */
export interface ConvertFlags {
  /** The OpenAPI version to write (commander allows only `3.1`). */
  to: '3.1';
  /** Where to write the document, instead of stdout. */
  output?: string;
}

/** The format a file name asks for: `.json`, `.yaml` or `.yml`; none for any other name. */
function formatOf(path: string): ConvertFormat | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return 'json';
  return extension === '.yaml' || extension === '.yml' ? 'yaml' : undefined;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  ENOTDIR: 'a folder on its path is a file',
};

/** Why a file could not be read or written, in words, with the system's code. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  return REASONS[code] === undefined ? code : `${REASONS[code]} (${code})`;
}

/** `397 schema rewrites (112 nullable, 285 example)`: the count, and the count of each kind (in `kinds` order). */
function rewriteCount(changes: readonly ConvertChange[], kinds: readonly ConvertChangeKind[]): string {
  const each = kinds
    .map((kind) => [kind, changes.filter((change) => change.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  return `${changes.length} schema rewrite${changes.length === 1 ? '' : 's'}${each === '' ? '' : ` (${each})`}`;
}

/**
 * Runs `spec convert`: reads `input` (relative to the working directory),
 * converts it with spec-loader's `convertSpec` (loaded only now), and writes
 * the document to stdout, its summary to stderr; or, with `--output`, the
 * document atomically to that file (in the format its extension names) and
 * the summary to stdout. Members dropped beside a `$ref` are listed on stderr
 * (`note: <pointer>: …`); `--quiet` silences stderr. A file that cannot be
 * read or written ends the command with exit 2; a document that cannot be
 * converted, with the `SpecError` naming it (exit 1, as for every command).
 *
 * @example
 * await runSpecConvert('openapi.json', { to: '3.1', output: 'openapi-31.json' }, context);
 */
export async function runSpecConvert(input: string, options: ConvertFlags, context: CommandContext): Promise<void> {
  const { io } = context;
  const inCwd = (path: string) => (isAbsolute(path) ? path : join(io.cwd, path));
  let text: string;
  try {
    text = await readFile(inCwd(input), 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${input}: ${reason(error)}`, ExitCode.usage, 'BAD_FILE');
  }
  const { convertSpec, CONVERT_CHANGE_KINDS } = await import('@circleci-kit/spec-loader/convert');
  const format = options.output === undefined ? undefined : formatOf(options.output);
  const result = await convertSpec(text, {
    to: options.to,
    source: input,
    ...(format === undefined ? {} : { format }),
  });
  const summary = `converted ${input} ${result.from} → ${result.to}: ${rewriteCount(result.changes, CONVERT_CHANGE_KINDS)}`;
  const { quiet } = context.globals();
  if (!quiet) {
    for (const { kind, pointer, message } of result.changes) {
      if (kind === 'ref-siblings') io.stderr(`note: ${pointer}: ${message}\n`);
    }
  }
  if (options.output === undefined) {
    io.stdout(result.text);
    if (!quiet) io.stderr(`${summary}\n`);
    return;
  }
  try {
    const { default: writeFileAtomic } = await import('write-file-atomic');
    await writeFileAtomic(inCwd(options.output), result.text);
  } catch (error) {
    throw new CliError(`cannot write ${options.output}: ${reason(error)}`, ExitCode.usage, 'BAD_FILE');
  }
  io.stdout(`${summary}; written to ${options.output}\n`);
}
