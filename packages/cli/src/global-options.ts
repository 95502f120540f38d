import { Option, type Command } from 'commander';
import type { CliIo } from './io.ts';

/** The options every command takes (they may come before or after the command name). */
export interface GlobalOptions {
  /** `--config PATH`: this config file instead of the one found upward from the working directory. */
  config?: string;
  /** `-q, --quiet`: no progress and no notes on standard error; data and errors still print. */
  quiet: boolean;
  /** `--verbose`: say which config and spec were used, and print stacks of unexpected errors. */
  verbose: boolean;
  /** Colour on standard output and error (see {@link useColor}). */
  color: boolean;
}

/**
 * Adds the global options to the program: `--config <path>`, `-q, --quiet`,
 * `--verbose` (they conflict with each other), `--color` and `--no-color`.
 * Commander recognises program options after a subcommand's name too.
 *
 * @example
 * addGlobalOptions(new Command('circleci-kit'));
 */
export function addGlobalOptions(program: Command): Command {
  return program
    .option('--config <path>', 'the config file (default: circleci-kit.config.json or .ts, searched upward)')
    .addOption(new Option('-q, --quiet', 'no progress and no notes on stderr').conflicts('verbose'))
    .option('--verbose', 'say which config and spec are used; stacks for unexpected errors')
    .option('--color', 'colour even when not on a terminal (as FORCE_COLOR=1)')
    .option('--no-color', 'no colour (as NO_COLOR=1)');
}

/**
 * Whether to colour output. In order: `--color`/`--no-color`; `NO_COLOR`
 * (any non-empty value) turns colour off; `FORCE_COLOR` turns it on (off
 * for `0` or `false`); otherwise colour only when standard output is a terminal.
 *
 * @example
 * useColor({ ...io, env: { NO_COLOR: '1' }, isTty: true }); // false
 */
export function useColor(io: Pick<CliIo, 'env' | 'isTty'>, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.isTty;
}

/**
 * Reads the global options from a parsed program.
 *
 * @example
 * const { quiet } = readGlobalOptions(program, io);
 */
export function readGlobalOptions(program: Command, io: Pick<CliIo, 'env' | 'isTty'>): GlobalOptions {
  const opts = program.opts<{ config?: string; quiet?: boolean; verbose?: boolean; color?: boolean }>();
  return {
    ...(opts.config === undefined ? {} : { config: opts.config }),
    quiet: opts.quiet === true,
    verbose: opts.verbose === true,
    color: useColor(io, opts.color),
  };
}
