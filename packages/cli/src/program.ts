import { Command } from 'commander';
import type { ExitCodeValue } from './exit-codes.js';
import type { CliIo } from './io.js';
import { registerSpecCommands } from './commands/spec/index.js';
import { registerSlugCommands } from './commands/slug/index.js';
import { registerBreakingCommands } from './commands/breaking/index.js';
import { registerMockCommands } from './commands/mock/index.js';
import { registerConformanceCommands } from './commands/conformance/index.js';
import { registerPactCommands } from './commands/pact/index.js';
import { registerApiCommands } from './commands/api/index.js';
import { registerClientCommands } from './commands/client/index.js';

/** What every command group receives when it registers its commands. */
export interface CommandContext {
  io: CliIo;
  /** Sets the code that `main` returns once the command has finished. */
  setExitCode: (code: ExitCodeValue) => void;
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
];

/**
 * Builds the `circleci-kit` program with every command group registered.
 * Output goes through `io`, so tests can run commands in-process.
 */
export function createProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command('circleci-kit')
    .description(
      'Work safely against the CircleCI API v2: specs, slugs, client, mock server, conformance, contracts and breaking changes.',
    )
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  for (const register of groups) register(program, context);
  return program;
}
