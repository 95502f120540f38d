export { registerSlugCommands } from './register-slug-commands.ts';
