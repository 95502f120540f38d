import type { ResponseCheck } from './response-check.ts';

/**
 * `response-time` (opt-in): the response arrived within
 * `responseTimeBudgetMs`. Without a budget it always passes.
 *
 * @example
 * responseTime({ …, response: { elapsedMs: 812 }, options: { responseTimeBudgetMs: 500 } });
 * // 'took 812 ms, over the 500 ms budget'
 */
export const responseTime: ResponseCheck = ({ response, options }) => {
  const budget = options.responseTimeBudgetMs;
  if (budget === undefined || response.elapsedMs <= budget) return undefined;
  return `took ${Math.round(response.elapsedMs)} ms, over the ${budget} ms budget`;
};
