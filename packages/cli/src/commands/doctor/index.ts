import type { RegisterCommands } from '../../program.js';
import { registerDoctor } from './doctor.js';

/**
 * Registers `doctor`, which checks the spec, token, target and client in one go.
 *
 * @example
 * const groups: RegisterCommands[] = [registerDoctorCommands];
 */
export const registerDoctorCommands: RegisterCommands = (program, context) => {
  registerDoctor(program, context);
};
