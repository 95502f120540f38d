export { registerPactCommands } from './register-pact-commands.ts';
