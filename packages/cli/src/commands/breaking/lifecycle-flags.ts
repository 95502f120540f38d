import type { DiffOptions, StabilityLevel } from '@circleci-kit/breaking-changes';
import { CliError } from '../../cli-error.ts';
import { ExitCode } from '../../exit-codes.ts';

/**
 * The lifecycle options of `diffSpecs` from `breaking diff`'s flags: the
 * release date sunsets are held against, `--deprecation-days` (a whole
 * number ≥ 0) and `--stability-level`.
 *
 * @throws {CliError} `BAD_DEPRECATION_DAYS` (usage) when `--deprecation-days` is not a whole number.
 * @example
 * lifecycleOptions({ releaseDate: '2025-10-17', deprecationDays: '90' }); // { releaseDate: '2025-10-17', deprecationDays: 90 }
 */
export function lifecycleOptions(flags: {
  releaseDate: string;
  deprecationDays: string;
  stabilityLevel?: StabilityLevel;
}): Pick<DiffOptions, 'releaseDate' | 'deprecationDays' | 'stabilityLevel'> {
  if (!/^\d+$/.test(flags.deprecationDays)) {
    throw new CliError(
      `--deprecation-days must be a whole number of days, got "${flags.deprecationDays}"`,
      ExitCode.usage,
      'BAD_DEPRECATION_DAYS',
    );
  }
  return {
    releaseDate: flags.releaseDate,
    deprecationDays: Number(flags.deprecationDays),
    ...(flags.stabilityLevel === undefined ? {} : { stabilityLevel: flags.stabilityLevel }),
  };
}
