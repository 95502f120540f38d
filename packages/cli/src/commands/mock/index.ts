export { registerMockServe as registerMockCommands } from './mock-serve.ts';
