export { main } from './main.js';
export { createProgram } from './create-program.js';
export type { CommandContext, RegisterCommands } from './command-context.js';
export { ExitCode, type ExitCodeValue } from './exit-codes.js';
export { CliError } from './cli-error.js';
export { cliErrorOf } from './cli-error-of.js';
export { processIo, printJson, type CliIo } from './io.js';
export {
  CONFIG_FILES,
  defineConfig,
  findConfigFile,
  loadConfig,
  type CircleciKitConfig,
  type LoadConfigInput,
  type LoadedConfig,
} from './config.js';
export { addGlobalOptions, readGlobalOptions, useColor, type GlobalOptions } from './global-options.js';
export { createProgress, type Progress, type ProgressOptions } from './progress.js';
export { resolveToken, type ResolvedToken } from './resolve-token.js';
