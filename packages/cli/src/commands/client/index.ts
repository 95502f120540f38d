export { registerClientCommands } from './register-client-commands.ts';
