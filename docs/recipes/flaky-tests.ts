import type { CircleCIClient } from '@circleci-kit/core-client';

export interface FlakyTest {
  name: string;
  timesFlaked: number;
  job: string;
  file: string | null;
}

/**
 * The flakiest tests of a project, worst first, from CircleCI's insights
 * (`getFlakyTests`), with how many flaky tests there are in all.
 */
export async function worstFlakyTests(
  client: CircleCIClient,
  projectSlug: string,
  limit = 10,
): Promise<{ total: number; worst: FlakyTest[] }> {
  const { data } = await client.getFlakyTests({ projectSlug });
  const worst = data['flaky-tests']
    .map((test) => ({
      name: [test.classname, test['test-name']].filter(Boolean).join(' › '),
      timesFlaked: test['times-flaked'],
      job: test['job-name'],
      file: test.file ?? null,
    }))
    .sort((a, b) => b.timesFlaked - a.timesFlaked)
    .slice(0, limit);
  return { total: data['total-flaky-tests'], worst };
}
