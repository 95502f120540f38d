import type { Command } from 'commander';
import { createBaseProgram } from './base-program.ts';
import type { CommandContext, RegisterCommands } from './command-context.ts';
import { registerSpecCommands } from './commands/spec/index.ts';
import { registerSlugCommands } from './commands/slug/index.ts';
import { registerBreakingCommands } from './commands/breaking/index.ts';
import { registerMockCommands } from './commands/mock/index.ts';
import { registerConformanceCommands } from './commands/conformance/index.ts';
import { registerPactCommands } from './commands/pact/index.ts';
import { registerApiCommands } from './commands/api/index.ts';
import { registerClientCommands } from './commands/client/index.ts';
import { registerDoctorCommands } from './commands/doctor/index.ts';

// Each command group lives in its own folder under ./commands and is listed here, by its command name.
const GROUPS: ReadonlyMap<string, RegisterCommands> = new Map([
  ['spec', registerSpecCommands],
  ['slug', registerSlugCommands],
  ['breaking', registerBreakingCommands],
  ['mock', registerMockCommands],
  ['conformance', registerConformanceCommands],
  ['pact', registerPactCommands],
  ['api', registerApiCommands],
  ['client', registerClientCommands],
  ['doctor', registerDoctorCommands],
]);

/**
 * Builds the `circleci-kit` program. Output goes through `io`, so tests can
 * run commands in-process. Given the arguments it will parse, and when the
 * first one names a command group, only that group is registered: its
 * commands, help and errors are the same, and the others are not built for
 * nothing. Otherwise (global options first, no command, a typo that wants
 * suggestions) every group is.
 *
 * @example
 * const program = createProgram({ io: processIo(), setExitCode: (code) => (process.exitCode = code) }, argv);
 * await program.parseAsync(argv, { from: 'user' });
 */
export function createProgram(base: Pick<CommandContext, 'io' | 'setExitCode'>, argv: readonly string[] = []): Command {
  const [program, context] = createBaseProgram(base);
  const named = GROUPS.get(argv[0] ?? '');
  for (const register of named ? [named] : GROUPS.values()) register(program, context);
  return program;
}
