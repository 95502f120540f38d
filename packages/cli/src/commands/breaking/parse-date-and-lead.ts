import { CliError } from '../../cli-error.ts';
import { ExitCode } from '../../exit-codes.ts';

/**
 * Checks `--release-date` (YYYY-MM-DD, a real day; `today` when unset) and
 * `--lead-days` (a whole number ≥ 0).
 *
 * @throws {CliError} `BAD_DATE` or `BAD_LEAD_DAYS` (usage) naming the value.
 * @example
 * parseDateAndLead(undefined, '7', '2025-10-17'); // ['2025-10-17', 7]
 */
export function parseDateAndLead(releaseDate: string | undefined, leadDays: string, today: string): [string, number] {
  const date = releaseDate ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new CliError(`--release-date must be a day written YYYY-MM-DD, got "${date}"`, ExitCode.usage, 'BAD_DATE');
  }
  if (!/^\d+$/.test(leadDays)) {
    throw new CliError(
      `--lead-days must be a whole number of days, got "${leadDays}"`,
      ExitCode.usage,
      'BAD_LEAD_DAYS',
    );
  }
  return [date, Number(leadDays)];
}
