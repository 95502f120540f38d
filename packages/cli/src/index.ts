export { main } from './main.js';
export { createProgram, type CommandContext, type RegisterCommands } from './program.js';
export { ExitCode, type ExitCodeValue } from './exit-codes.js';
export { CliError } from './cli-error.js';
export { processIo, printJson, type CliIo } from './io.js';
