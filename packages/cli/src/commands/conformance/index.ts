export { registerConformanceCommands } from './register-conformance-commands.ts';
