import { Command } from 'commander';
import { loadConfig, type LoadedConfig } from './config.js';
import type { ExitCodeValue } from './exit-codes.js';
import { addGlobalOptions, readGlobalOptions, type GlobalOptions } from './global-options.js';
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

const ROOT_HELP = `
Global options (--config, --quiet, --verbose, --color, --no-color) work before or after the command name.
Colour only on a terminal; NO_COLOR turns it off, FORCE_COLOR on.

Config: circleci-kit.config.json or circleci-kit.config.ts, searched upward from the working directory
(spec, target, tokenEnv, reports, pact.dir, breaking.log); flags win over it. Schema: config.schema.json.

Exit codes: 0 ok, 1 a check failed, 2 usage or input error, 3 network or target error.

Examples:
  $ circleci-kit doctor
  $ circleci-kit spec info --json
  $ circleci-kit conformance --runs 25 --seed 1 --report junit=reports/conformance/junit.xml
  $ circleci-kit breaking diff old.json new.json --log breaking.md
  $ circleci-kit --config ci/circleci-kit.config.json pact verify --quiet
`;

/**
 * Builds the `circleci-kit` program with every command group registered.
 * Output goes through `io`, so tests can run commands in-process.
 *
 * @example
 * const program = createProgram({ io: processIo(), setExitCode: (code) => (process.exitCode = code) });
 * await program.parseAsync(['spec', 'info'], { from: 'user' });
 */
export function createProgram(base: Pick<CommandContext, 'io' | 'setExitCode'>): Command {
  const { io } = base;
  const program = new Command('circleci-kit')
    .description(
      'Work safely against the CircleCI API v2: specs, slugs, client, mock server, conformance, contracts and breaking changes.',
    )
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .addHelpText('after', ROOT_HELP);
  addGlobalOptions(program);
  const globals = () => readGlobalOptions(program, io);
  let config: Promise<LoadedConfig> | undefined;
  const context: CommandContext = {
    ...base,
    globals,
    config: () => (config ??= loadConfig({ flag: globals().config, cwd: io.cwd })),
  };
  for (const register of groups) register(program, context);
  return program;
}
