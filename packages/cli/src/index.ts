export { main } from './main.ts';
export { createProgram } from './create-program.ts';
export type { CommandContext, RegisterCommands } from './command-context.ts';
export { ExitCode, type ExitCodeValue } from './exit-codes.ts';
export { CliError } from './cli-error.ts';
export { cliErrorOf } from './cli-error-of.ts';
export { processIo, printJson, type CliIo } from './io.ts';
export {
  CONFIG_FILES,
  defineConfig,
  findConfigFile,
  loadConfig,
  type CircleciKitConfig,
  type LoadConfigInput,
  type LoadedConfig,
} from './config.ts';
export { addGlobalOptions, readGlobalOptions, useColor, type GlobalOptions } from './global-options.ts';
export { createProgress, type Progress, type ProgressOptions } from './progress.ts';
export { resolveToken, type ResolvedToken } from './resolve-token.ts';
export {
  consumerImpact,
  type ChangeWithConsumers,
  type ConsumerFinding,
  type ConsumerImpact,
  type ConsumerImpactInput,
  type ConsumerStatus,
  type ConsumerSummary,
} from './consumers/consumer-impact.ts';
export { consumerText } from './consumers/consumer-text.ts';
export { consumerMarkdown, CONSUMERS_COLUMN } from './consumers/consumer-markdown.ts';
export { meetsConsumerFailOn } from './consumers/consumers-fail.ts';
