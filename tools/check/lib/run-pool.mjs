/**
 * Runs `task` over `items` with at most `jobs` at a time, and resolves with
 * the results in the order of `items`.
 *
 * @template T, R
 * @param {T[]} items
 * @param {number} jobs parallelism, at least 1
 * @param {(item: T, index: number) => Promise<R>} task
 * @returns {Promise<R[]>}
 * @example
 * const runs = await runPool([1, 2, 3], 2, (seed) => runConformance(['--seed', String(seed)], `.cache/s${seed}`));
 */
export async function runPool(items, jobs, task) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  return results;
}
