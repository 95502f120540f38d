import type { RegisterCommands } from '../../command-context.js';
import { registerConformanceMerge } from './conformance-merge.js';
import { registerConformanceRun } from './conformance-run.js';

/**
 * Registers the `conformance` group: the run itself (`circleci-kit
 * conformance [options]`) and `conformance merge`.
 *
 * @example
 * const groups: RegisterCommands[] = [registerConformanceCommands];
 */
export const registerConformanceCommands: RegisterCommands = (program, context) => {
  const command = registerConformanceRun(program, context);
  registerConformanceMerge(command, context);
};
