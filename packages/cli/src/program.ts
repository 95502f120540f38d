/**
 * The command context types under the path the `breaking` command modules
 * import them from; {@link CommandContext} and {@link RegisterCommands} live
 * in `command-context.ts`, and `createProgram` in `create-program.ts`.
 */
export type { CommandContext, RegisterCommands } from './command-context.js';
