export { registerPactCommands } from './register-pact-commands.js';
