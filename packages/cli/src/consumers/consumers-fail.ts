import { meetsFailOn, type FailOn, type ReportedChange } from '@circleci-kit/breaking-changes';
import type { ConsumerImpact } from './consumer-impact.ts';

/**
 * Whether `breaking diff --fail-on-consumers` fails: a change at the
 * `failOn` level that reaches a consumer, or any interaction the new spec
 * breaks (unless `failOn` is `never`).
 *
 * @example
 * if (meetsConsumerFailOn(impact, 'error')) setExitCode(ExitCode.checkFailed);
 */
export function meetsConsumerFailOn(impact: ConsumerImpact<ReportedChange>, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const reaching = impact.changes.filter((change) => change.consumers.length > 0);
  return meetsFailOn(reaching, failOn) || impact.consumerFindings.length > 0;
}
