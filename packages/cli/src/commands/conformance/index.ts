export { registerConformanceCommands } from './register-conformance-commands.js';
