import type { RegisterCommands } from '../../program.js';
import { registerApiCall } from './api-call.js';

/**
 * Registers `api <operationId>`, which calls any operation of the CircleCI API v2.
 *
 * @example
 * const groups: RegisterCommands[] = [registerApiCommands];
 */
export const registerApiCommands: RegisterCommands = (program, context) => {
  registerApiCall(program, context);
};
