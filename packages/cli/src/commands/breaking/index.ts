export { registerBreakingCommands } from './register-breaking-commands.ts';
