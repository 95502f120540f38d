export { registerBreakingCommands } from './register-breaking-commands.js';
