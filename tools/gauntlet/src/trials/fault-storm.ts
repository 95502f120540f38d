/**
 * Fault storm: the client against the mock (in its own process) injecting
 * 30% 429 with `Retry-After: 1`, 10% server errors and 5% dropped
 * connections. 1,000 GET calls must all succeed within the retry budget
 * (no fault reaches the caller), and every POST must reach the server at
 * most once: the server counts each call's `x-gauntlet-call` header.
 *
 * The mock's `server-error` fault answers 500 or 503 (alternately), and the
 * client retries 429/502/503/504 by default; the budget here adds 500, so a
 * "server error" fault is one the client is asked to ride out.
 */
import { createClient, CircleCIError, type RetryOptions } from '@circleci-kit/core-client';
import { startHost } from '../lib/host.ts';
import { describeError, Failures, pick, pool, type Scale, type TrialResult } from '../lib/trial.ts';

/** The retry budget of the storm. */
export const STORM_RETRY: RetryOptions = {
  maxRetries: 12,
  baseDelayMs: 20,
  maxDelayMs: 400,
  maxRetryAfterMs: 2_000,
  statuses: [429, 500, 502, 503, 504],
};

/** Calls that reached the server more than once, or never (exported for the tests). */
export function judgePosts(sent: readonly string[], byCall: Record<string, number>): string[] {
  const failures: string[] = [];
  for (const call of sent) {
    const count = byCall[call] ?? 0;
    if (count !== 1) failures.push(`POST ${call} reached the server ${count} times`);
  }
  return failures;
}

export async function run(scale: Scale): Promise<TrialResult> {
  const gets = 1000;
  const posts = pick(scale, 200, 1000);
  const failures = new Failures();
  const host = await startHost({
    seed: scale.seed % 100_000,
    faults: { 'rate-limit': 0.3, 'server-error': 0.1, drop: 0.05 },
  });
  const absorbed: Record<string, number> = {};
  const client = createClient({
    baseUrl: host.url,
    token: 'gauntlet-storm',
    timeoutMs: 10_000,
    retry: STORM_RETRY,
    hooks: {
      beforeRetry: [
        (context) => {
          const key = context.reason === 'status' ? String(context.status) : context.reason;
          absorbed[key] = (absorbed[key] ?? 0) + 1;
        },
      ],
    },
  });
  try {
    const started = performance.now();
    let getOk = 0;
    const calls = Array.from({ length: gets }, (_, i) => i);
    await pool(calls, 100, async (i) => {
      try {
        const result =
          i % 2 === 0
            ? await client.getCurrentUser(undefined, { headers: { 'x-gauntlet-call': `get-${i}` } })
            : await client.listPipelinesForProject(
                { projectSlug: 'gh/acme/api' },
                { headers: { 'x-gauntlet-call': `get-${i}` } },
              );
        if (result.status === 200) getOk++;
        else failures.add(`GET ${i}: status ${result.status}`);
      } catch (error) {
        failures.add(`GET ${i}: a fault reached the caller: ${describeError(error)}`);
      }
    });
    const getSeconds = (performance.now() - started) / 1000;

    const postIds = Array.from({ length: posts }, (_, i) => `post-${i}`);
    const postOutcomes: Record<string, number> = {};
    const beforePosts = { ...absorbed };
    await pool(postIds, 50, async (id) => {
      try {
        const result = await client.triggerPipeline(
          { projectSlug: 'gh/acme/storm', body: { branch: id } },
          { headers: { 'x-gauntlet-call': id }, retry: { ...STORM_RETRY, unsafeMethods: false } },
        );
        postOutcomes[String(result.status)] = (postOutcomes[String(result.status)] ?? 0) + 1;
      } catch (error) {
        const key = error instanceof CircleCIError ? (error.status ? String(error.status) : error.code) : 'other';
        postOutcomes[key] = (postOutcomes[key] ?? 0) + 1;
        if (!(error instanceof CircleCIError)) failures.add(`POST ${id}: not a CircleCIError: ${describeError(error)}`);
      }
    });
    const postRetries = Object.entries(absorbed).reduce((n, [k, v]) => n + v - (beforePosts[k] ?? 0), 0);
    if (postRetries > 0) failures.add(`the client retried ${postRetries} POSTs (never without unsafeMethods)`);
    const crashed = host.crashed();
    if (crashed) failures.add(`the server ${crashed}`);
    const report = await host.report();
    for (const failure of judgePosts(postIds, report.byCall)) failures.add(failure);
    const postFaults = posts - (postOutcomes['201'] ?? 0);
    if (postFaults === 0) failures.add('no POST met a fault: the storm did not blow');
    const survived = Object.values(absorbed).reduce((a, b) => a + b, 0) - postRetries;
    return {
      name: 'fault-storm',
      ok: failures.count === 0,
      summary: `${getOk}/${gets} GETs ok in ${getSeconds.toFixed(1)} s after ${survived} faults (${Object.entries(
        absorbed,
      )
        .map(([k, v]) => `${k}×${v}`)
        .join(', ')}); ${posts} POSTs each sent once (${postFaults} met a fault: ${Object.entries(postOutcomes)
        .filter(([k]) => k !== '201')
        .map(([k, v]) => `${k}×${v}`)
        .join(', ')})`,
      figures: {
        gets,
        getOk,
        getSeconds: Number(getSeconds.toFixed(1)),
        faultsSurvived: survived,
        ...Object.fromEntries(Object.entries(absorbed).map(([k, v]) => [`retried-${k}`, v])),
        posts,
        postFaults,
        ...Object.fromEntries(Object.entries(postOutcomes).map(([k, v]) => [`post-${k}`, v])),
      },
      failures: failures.list,
      totals: { faultsSurvived: failures.count === 0 ? survived : 0 },
    };
  } finally {
    await host.stop();
  }
}
