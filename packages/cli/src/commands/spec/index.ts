export { registerSpecCommands } from './register-spec-commands.ts';
