/**
 * The workflows every mock pipeline runs: `build` (two build jobs in a row)
 * and `deploy` (an approval, then a build job).
 */

/** One job of a workflow plan. */
export interface JobPlan {
  name: string;
  type: 'build' | 'approval';
  /** Virtual ms a build job runs. */
  duration: number;
  requires: readonly string[];
}

/** The workflows of every pipeline, in order. */
export const workflowPlans: ReadonlyArray<{ name: string; jobs: readonly JobPlan[] }> = [
  {
    name: 'build',
    jobs: [
      { name: 'compile', type: 'build', duration: 30_000, requires: [] },
      { name: 'test', type: 'build', duration: 60_000, requires: ['compile'] },
    ],
  },
  {
    name: 'deploy',
    jobs: [
      { name: 'hold', type: 'approval', duration: 0, requires: [] },
      { name: 'release', type: 'build', duration: 20_000, requires: ['hold'] },
    ],
  },
];
