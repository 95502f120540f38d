import type { Command } from 'commander';
import { createBaseProgram } from './base-program.js';
import type { LoadedConfig } from './config.js';
import type { ExitCodeValue } from './exit-codes.js';
import type { GlobalOptions } from './global-options.js';
import type { CliIo } from './io.js';
import { registerSpecCommands } from './commands/spec/index.js';
import { registerSlugCommands } from './commands/slug/index.js';
import { registerBreakingCommands } from './commands/breaking/index.js';
import { registerMockCommands } from './commands/mock/index.js';
import { registerConformanceCommands } from './commands/conformance/index.js';
import { registerPactCommands } from './commands/pact/index.js';
import { registerApiCommands } from './commands/api/index.js';
import { registerClientCommands } from './commands/client/index.js';
import { registerDoctorCommands } from './commands/doctor/index.js';

/** What every command group receives when it registers its commands. */
export interface CommandContext {
  io: CliIo;
  /** Sets the code that `main` returns once the command has finished. */
  setExitCode: (code: ExitCodeValue) => void;
  /** The global options (`--config`, `--quiet`, `--verbose`, colour), once the arguments are parsed. */
  globals: () => GlobalOptions;
  /** The config (`--config`, else found upward from `io.cwd`), loaded on the first call; exit 2 when invalid. */
  config: () => Promise<LoadedConfig>;
}

/** A function that adds one group of commands (e.g. `spec`, `slug`) to the program. */
export type RegisterCommands = (program: Command, context: CommandContext) => void;

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
