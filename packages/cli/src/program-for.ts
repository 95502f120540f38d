import type { Command } from 'commander';
import { createBaseProgram } from './base-program.js';
import type { CommandContext, RegisterCommands } from './command-context.js';

/**
 * Command groups that can be registered alone, by the command name they
 * register: `circleci-kit breaking diff …` then loads the breaking-changes
 * modules only, not the mock server, conformance runner, Pact and client
 * that the other groups import.
 */
const ALONE: Record<string, () => Promise<RegisterCommands>> = {
  breaking: async () => (await import('./commands/breaking/index.js')).registerBreakingCommands,
};

/**
 * The program to run `argv` with: when the first argument names a group of
 * {@link ALONE}, the base program with only that group (its commands,
 * options, help and errors are the same); otherwise, global options first
 * or any other command, the whole program of `createProgram`.
 *
 * @example
 * const program = await programFor(['breaking', 'diff', 'a.json', 'b.json'], { io, setExitCode });
 */
export async function programFor(
  argv: readonly string[],
  base: Pick<CommandContext, 'io' | 'setExitCode'>,
): Promise<Command> {
  const load = Object.hasOwn(ALONE, argv[0] ?? '') ? ALONE[argv[0]!] : undefined;
  if (load === undefined) return (await import('./create-program.js')).createProgram(base);
  const [program, context] = createBaseProgram(base);
  (await load())(program, context);
  return program;
}
