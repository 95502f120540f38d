import type { Command, Option } from 'commander';
import { createProgram } from '@circleci-kit/cli';

/** One command of the `circleci-kit` tree, with the words that reach it. */
export interface CliCommand {
  /** The words after `circleci-kit`, e.g. `['conformance', 'merge']`; `[]` for the program. */
  readonly path: readonly string[];
  readonly command: Command;
}

/** The width help is rendered at, whatever terminal runs the generator. */
export const HELP_WIDTH = 100;

/**
 * Builds the real `circleci-kit` program (`createProgram`), with output
 * captured instead of printed, no colour and a fixed help width, so what it
 * renders is the same on every machine.
 *
 * @example
 * const { program, take } = createDocsProgram();
 * program.outputHelp();
 * take(); // 'Usage: circleci-kit [options] [command]…'
 */
export function createDocsProgram(): { program: Command; take: () => string } {
  let out = '';
  const write = (text: string) => void (out += text);
  const program = createProgram({
    io: { stdout: write, stderr: write, env: {}, cwd: process.cwd(), isTty: false },
    setExitCode: () => {},
  });
  for (const { command } of walkCommands(program)) {
    command.configureOutput({
      writeOut: write,
      writeErr: write,
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });
  }
  return {
    program,
    take: () => {
      const text = out;
      out = '';
      return text;
    },
  };
}

/**
 * Every command of a commander tree, depth first, in registration order,
 * the program itself first.
 *
 * @example
 * walkCommands(program).map(({ path }) => path.join(' ')); // ['', 'spec', 'spec info', …]
 */
export function walkCommands(program: Command): CliCommand[] {
  const found: CliCommand[] = [];
  const visit = (command: Command, path: readonly string[]) => {
    found.push({ path, command });
    for (const sub of command.commands) visit(sub, [...path, sub.name()]);
  };
  visit(program, []);
  return found;
}

/** The full `--help` output of a command, the text added with `addHelpText` included. */
export function helpOutput(command: Command, take: () => string): string {
  take();
  command.outputHelp();
  return take();
}

/** The visible options of a command (commander's own `-h, --help` included). */
export function visibleOptions(command: Command): readonly Option[] {
  return command.createHelp().visibleOptions(command);
}

/**
 * The long and short flag names a command accepts: its own options, the
 * negated `--no-x` forms, and `--help`/`-h`.
 *
 * @example
 * optionNames(conformanceCommand).has('--pact-dir'); // true
 */
export function optionNames(command: Command): Set<string> {
  const names = new Set<string>(['--help', '-h']);
  for (const option of command.options) {
    if (option.long) names.add(option.long);
    if (option.short) names.add(option.short);
  }
  return names;
}
