export { registerApiCall as registerApiCommands } from './api-call.ts';
