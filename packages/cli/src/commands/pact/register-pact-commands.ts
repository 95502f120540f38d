import type { RegisterCommands } from '../../command-context.ts';
import { registerPactCheckSpec } from './pact-check-spec.ts';
import { registerPactVerify } from './pact-verify.ts';

/**
 * Registers the `pact` group: `pact verify` and `pact check-spec`.
 *
 * @example
 * const groups: RegisterCommands[] = [registerPactCommands];
 */
export const registerPactCommands: RegisterCommands = (program, context) => {
  const group = program
    .command('pact')
    .description('Pact V4 contracts: verify them against a provider, check them against the spec')
    .addHelpText(
      'after',
      '\nExamples:\n  $ circleci-kit pact verify pacts --target mock\n  $ circleci-kit pact check-spec pacts --json\n',
    );
  registerPactVerify(group, context);
  registerPactCheckSpec(group, context);
};
