import type { Command } from 'commander';
import { optionNames } from './cli-tree.ts';

/** One `circleci-kit …` command line found in a shell script. */
export interface CliInvocation {
  /** The words after `circleci-kit`, up to the first shell operator. */
  readonly args: readonly string[];
  /** The line as written (continuations joined). */
  readonly line: string;
}

const OPERATORS = new Set(['|', '||', '&&', ';', '&', '>', '>>', '<', '2>', '2>&1']);

/**
 * Splits a shell line into words: quoted strings and GitHub expressions
 * (`${{ matrix.shard }}`) stay inside their word; quotes are dropped.
 */
export function shellWords(line: string): string[] {
  const word = /(?:\$\{\{[^}]*\}\}|"(?:[^"\\]|\\.)*"|'[^']*'|\$(?!\{\{)|[^\s"'$])+/g;
  return [...line.matchAll(word)].map(([text]) => text.replace(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g, '$1$2'));
}

/**
 * Every `circleci-kit …` invocation of a shell script (`pnpm circleci-kit`,
 * `npx … circleci-kit` and the bare command alike), with backslash line
 * continuations joined.
 *
 * @example
 * cliInvocations('pnpm circleci-kit spec info --json > out.json')[0].args; // ['spec', 'info', '--json']
 */
export function cliInvocations(script: string): CliInvocation[] {
  const found: CliInvocation[] = [];
  for (const line of script.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
    const words = shellWords(line.replace(/#.*$/, ''));
    words.forEach((word, index) => {
      // `--pacticipant circleci-kit` names something; the command is never an option's value.
      if (word !== 'circleci-kit' || words[index - 1]?.startsWith('-')) return;
      const rest = words.slice(index + 1);
      const end = rest.findIndex((next) => OPERATORS.has(next) || /^\d?>/.test(next));
      found.push({ args: end === -1 ? rest : rest.slice(0, end), line: line.trim() });
    });
  }
  return found;
}

/**
 * What is wrong with a `circleci-kit` command line, checked against the
 * real commander tree: its subcommands (descended while a word names one)
 * and its options (each `--flag` or `-f` must be an option of the command
 * reached or of a command above it, as commander allows). Empty when it is fine.
 *
 * @example
 * invocationProblems(program, ['conformance', 'merge', 'a.json', '--report', 'html=x.html']); // []
 * invocationProblems(program, ['conformance', '--no-such']); // ['circleci-kit conformance has no option --no-such']
 */
export function invocationProblems(program: Command, args: readonly string[]): string[] {
  const problems: string[] = [];
  let command = program;
  const path: string[] = ['circleci-kit'];
  let positional = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--') break;
    if (arg.startsWith('-')) {
      const name = arg.startsWith('--') ? arg.split('=')[0]! : arg.slice(0, 2);
      // Commander recognises the options of the commands above too (global options), wherever they are written.
      const lineage: Command[] = [];
      for (let at: Command | null = command; at; at = at.parent) lineage.push(at);
      if (!lineage.some((at) => optionNames(at).has(name))) problems.push(`${path.join(' ')} has no option ${name}`);
      const option = lineage
        .flatMap((at) => at.options)
        .find((candidate) => candidate.long === name || candidate.short === name);
      // `--flag value`: the value is not a command or a positional argument.
      if (option && (option.required || option.optional) && !arg.includes('=') && arg.length <= name.length) {
        index += 1;
      }
      continue;
    }
    if (!positional) {
      const sub = command.commands.find((candidate) => candidate.name() === arg || candidate.aliases().includes(arg));
      if (sub) {
        command = sub;
        path.push(arg);
        continue;
      }
      if (command.commands.length > 0 && command.registeredArguments.length === 0) {
        problems.push(`${path.join(' ')} has no command ${arg}`);
      }
    }
    positional = true;
  }
  if (args.length === 0) problems.push('circleci-kit without a command');
  return problems;
}
