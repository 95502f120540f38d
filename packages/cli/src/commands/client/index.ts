export { registerClientCommands } from './register-client-commands.js';
