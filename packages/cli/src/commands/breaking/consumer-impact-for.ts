import { resolve } from 'node:path';
import type { ReportedChange } from '@circleci-kit/breaking-changes';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import type { ConsumerImpact } from '../../consumers/consumer-impact.ts';

/**
 * Reads the pacts at `pacts` (a file or a folder, relative to `cwd`) and
 * finds the consumers each change reaches. The pact package is loaded only
 * here, so `breaking diff` without `--pacts` never loads it.
 *
 * @example
 * const impact = await consumerImpactFor(io.cwd, 'pacts', { oldSpec, newSpec, changes: report.changes });
 */
export async function consumerImpactFor(
  cwd: string,
  pacts: string,
  input: { oldSpec: LoadedSpec; newSpec: LoadedSpec; changes: readonly ReportedChange[] },
): Promise<ConsumerImpact<ReportedChange>> {
  const [{ readPacts }, { consumerImpact }] = await Promise.all([
    import('@circleci-kit/pact'),
    import('../../consumers/consumer-impact.ts'),
  ]);
  return consumerImpact({ ...input, pacts: readPacts(resolve(cwd, pacts)) });
}
