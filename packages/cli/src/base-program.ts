import { Command } from 'commander';
import type { LoadedConfig } from './config.ts';
import { CLI_VERSION } from './generated/cli-version.ts';
import { addGlobalOptions, readGlobalOptions } from './global-options.ts';
import type { CommandContext } from './command-context.ts';

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
 * The `circleci-kit` program with its global options, help and output set,
 * but no command group yet, and the context the groups register with.
 *
 * @example
 * const [program, context] = createBaseProgram({ io: processIo(), setExitCode: (code) => (process.exitCode = code) });
 * registerBreakingCommands(program, context);
 */
export function createBaseProgram(base: Pick<CommandContext, 'io' | 'setExitCode'>): [Command, CommandContext] {
  const { io } = base;
  const program = new Command('circleci-kit')
    .description(
      'Work safely against the CircleCI API v2: specs, slugs, client, mock server, conformance, contracts and breaking changes.',
    )
    .version(CLI_VERSION, '-V, --version', 'print the version')
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
    // The config module (its validator, and a TypeScript loader) loads only for a command that reads the config.
    config: () =>
      (config ??= import('./config.ts').then(({ loadConfig }) => loadConfig({ flag: globals().config, cwd: io.cwd }))),
  };
  return [program, context];
}
