import type { RegisterCommands } from '../../command-context.ts';
import { registerClientDrift } from './client-drift.ts';

/**
 * Registers the `client` group: `client drift`.
 *
 * @example
 * const groups: RegisterCommands[] = [registerClientCommands];
 */
export const registerClientCommands: RegisterCommands = (program, context) => {
  const group = program
    .command('client')
    .description('the typed client: compare it with a spec')
    .addHelpText('after', '\nExamples:\n  $ circleci-kit client drift --spec ../shared/specs/current/openapi.json\n');
  registerClientDrift(group, context);
};
