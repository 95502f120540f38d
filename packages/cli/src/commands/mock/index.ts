import type { RegisterCommands } from '../../program.js';
import { registerMockServe } from './mock-serve.js';

/**
 * Registers the `mock` command: the embedded CircleCI API v2 mock server.
 *
 * @example
 * const groups: RegisterCommands[] = [registerMockCommands];
 */
export const registerMockCommands: RegisterCommands = (program, context) => {
  registerMockServe(program, context);
};
