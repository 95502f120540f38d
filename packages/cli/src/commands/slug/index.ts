export { registerSlugCommands } from './register-slug-commands.js';
