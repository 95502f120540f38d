export { registerSpecCommands } from './register-spec-commands.js';
