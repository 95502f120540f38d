import type { Command } from 'commander';
import type { LoadedConfig } from './config.ts';
import type { ExitCodeValue } from './exit-codes.ts';
import type { GlobalOptions } from './global-options.ts';
import type { CliIo } from './io.ts';

/**
 * What every command group receives when it registers its commands.
 *
 * @example
 * export function registerSpecInfo(group: Command, { io, config }: CommandContext): void { … }
 */
export interface CommandContext {
  io: CliIo;
  /** Sets the code that `main` returns once the command has finished. */
  setExitCode: (code: ExitCodeValue) => void;
  /** The global options (`--config`, `--quiet`, `--verbose`, colour), once the arguments are parsed. */
  globals: () => GlobalOptions;
  /** The config (`--config`, else found upward from `io.cwd`), loaded on the first call; exit 2 when invalid. */
  config: () => Promise<LoadedConfig>;
}

/**
 * A function that adds one group of commands (e.g. `spec`, `slug`) to the program.
 *
 * @example
 * export const registerDoctorCommands: RegisterCommands = (program, context) => registerDoctor(program, context);
 */
export type RegisterCommands = (program: Command, context: CommandContext) => void;
