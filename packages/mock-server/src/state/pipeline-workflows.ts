/**
 * The workflows and jobs of a pipeline, derived from the pipeline alone:
 * the same pipeline (same seed and ordinal) always gets the same ids, job
 * numbers and start time, whenever they are made.
 */
import { derivedUuid } from '../_internals/hash.ts';
import type { PipelineRecord, WorkflowRecord } from './records.ts';
import { workflowPlans } from './workflow-plans.ts';

/** How many job numbers one pipeline takes: one per build job of its plans. */
export const JOB_NUMBERS_PER_PIPELINE: number = workflowPlans.reduce(
  (count, plan) => count + plan.jobs.filter((job) => job.type === 'build').length,
  0,
);

/** Slot 0 is the pipeline's own id; the workflows, their starters and their jobs follow. */
const FIRST_SLOT = 1;

/**
 * The workflows of the `ordinal`-th pipeline (0-based, in trigger order),
 * started when it was created: ids derived from `seed`, `ordinal` and a
 * slot, build jobs numbered from `pipeline.firstJobNumber` in plan order.
 *
 * @example
 * const [build, deploy] = pipelineWorkflows(pipeline, 0, 1);
 * build.jobs.map((job) => job.number); // → [1, 2]
 */
export function pipelineWorkflows(pipeline: PipelineRecord, ordinal: number, seed: number): WorkflowRecord[] {
  let slot = FIRST_SLOT;
  let jobNumber = pipeline.firstJobNumber;
  return workflowPlans.map((plan) => ({
    id: derivedUuid(seed, ordinal, slot++),
    name: plan.name,
    pipelineId: pipeline.id,
    pipelineNumber: pipeline.number,
    projectSlug: pipeline.projectSlug,
    createdAt: pipeline.createdAt,
    startedBy: derivedUuid(seed, ordinal, slot++),
    canceledAt: undefined,
    jobs: plan.jobs.map((job) => ({
      id: derivedUuid(seed, ordinal, slot++),
      name: job.name,
      type: job.type,
      number: job.type === 'build' ? jobNumber++ : undefined,
      duration: job.duration,
      requires: [...job.requires],
      approvedAt: undefined,
      approvedBy: undefined,
      canceledAt: undefined,
    })),
  }));
}
