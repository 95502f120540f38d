import type { Command } from 'commander';
import { createBaseProgram } from './base-program.js';
import type { CommandContext, RegisterCommands } from './command-context.js';
import { registerSpecCommands } from './commands/spec/index.js';
import { registerSlugCommands } from './commands/slug/index.js';
import { registerBreakingCommands } from './commands/breaking/index.js';
import { registerMockCommands } from './commands/mock/index.js';
import { registerConformanceCommands } from './commands/conformance/index.js';
import { registerPactCommands } from './commands/pact/index.js';
import { registerApiCommands } from './commands/api/index.js';
import { registerClientCommands } from './commands/client/index.js';
import { registerDoctorCommands } from './commands/doctor/index.js';

// Each command group lives in its own folder under ./commands and is listed here.
const groups: RegisterCommands[] = [
  registerSpecCommands,
  registerSlugCommands,
  registerBreakingCommands,
  registerMockCommands,
  registerConformanceCommands,
  registerPactCommands,
  registerApiCommands,
  registerClientCommands,
  registerDoctorCommands,
];

/**
 * Builds the `circleci-kit` program with every command group registered.
 * Output goes through `io`, so tests can run commands in-process.
 *
 * @example
 * const program = createProgram({ io: processIo(), setExitCode: (code) => (process.exitCode = code) });
 * await program.parseAsync(['spec', 'info'], { from: 'user' });
 */
export function createProgram(base: Pick<CommandContext, 'io' | 'setExitCode'>): Command {
  const [program, context] = createBaseProgram(base);
  for (const register of groups) register(program, context);
  return program;
}
