import { resolve } from 'node:path';
import type { ReportedChange } from '@circleci-kit/breaking-changes';
import type { LoadedPact } from '@circleci-kit/pact/check-spec';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import type { ConsumerImpact } from '../../consumers/consumer-impact.ts';

/**
 * Reads the pacts at `pacts` (a file or a folder, relative to `cwd`) and
 * finds the consumers each change reaches. The pact package is loaded only
 * here, and only its spec check (`@circleci-kit/pact/check-spec`), so
 * `breaking diff` without `--pacts` never loads it, and with it never loads
 * the writer's and the verifier's dependencies. The pacts are the files
 * `readPacts` reads, in its order and with its errors, but each is read
 * only once the one before is done with, so a folder of large pacts is
 * never in memory all at once.
 *
 * @example
 * const impact = await consumerImpactFor(io.cwd, 'pacts', { oldSpec, newSpec, changes: report.changes });
 */
export async function consumerImpactFor(
  cwd: string,
  pacts: string,
  input: { oldSpec: LoadedSpec; newSpec: LoadedSpec; changes: readonly ReportedChange[] },
): Promise<ConsumerImpact<ReportedChange>> {
  const [{ pactPaths, readPactFile }, { consumerImpact }] = await Promise.all([
    import('@circleci-kit/pact/check-spec'),
    import('../../consumers/consumer-impact.ts'),
  ]);
  const paths = pactPaths(resolve(cwd, pacts));
  function* each(): Generator<LoadedPact> {
    for (const path of paths) yield readPactFile(path);
  }
  return consumerImpact({ ...input, pacts: each() });
}
