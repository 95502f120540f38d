import type { RegisterCommands } from '../../command-context.ts';
import { registerConformanceMerge } from './conformance-merge.ts';
import { registerConformanceRun } from './conformance-run.ts';

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
