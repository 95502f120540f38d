/**
 * Workflow and job states at a virtual time, derived from the plan of the
 * workflow, its approvals and its cancellation.
 */
import type { JobRecord, WorkflowRecord } from './records.ts';

/** A job's state at one virtual time. */
export interface JobView {
  job: JobRecord;
  status: 'blocked' | 'running' | 'on_hold' | 'success' | 'canceled';
  /** When it started (or would start), virtual ms. */
  startedAt: number;
  /** When it stopped, or `undefined` while it has not. */
  stoppedAt: number | undefined;
}

/** A workflow's state at one virtual time. */
export interface WorkflowView {
  status: 'running' | 'on_hold' | 'success' | 'canceled';
  stoppedAt: number | undefined;
  jobs: JobView[];
}

/**
 * The state of every job of a workflow at `now`: a job starts when the jobs
 * it requires have finished; a build job runs for its duration; an approval
 * job is `on_hold` until approved; a cancellation stops every unfinished job.
 *
 * @example
 * workflowView(workflow, state.now).status; // → 'running'
 */
export function workflowView(workflow: WorkflowRecord, now: number): WorkflowView {
  const finished = new Map<string, number | undefined>();
  const cancel = workflow.canceledAt;
  const jobs: JobView[] = workflow.jobs.map((job) => {
    let ready: number | undefined = workflow.createdAt;
    for (const name of job.requires) {
      const end = finished.get(name);
      ready = end === undefined || ready === undefined ? undefined : Math.max(ready, end);
    }
    let end: number | undefined;
    if (ready !== undefined) {
      end = job.type === 'approval' ? job.approvedAt : ready + job.duration;
      if (job.canceledAt !== undefined && (end === undefined || job.canceledAt < end)) end = undefined;
    }
    const stopCancel = job.canceledAt ?? cancel;
    const done = end !== undefined && end <= now && (stopCancel === undefined || end <= stopCancel);
    finished.set(job.name, done ? end : undefined);
    const startedAt = ready ?? workflow.createdAt;
    if (done) return { job, status: 'success', startedAt, stoppedAt: end };
    if (stopCancel !== undefined && stopCancel <= now)
      return { job, status: 'canceled', startedAt, stoppedAt: stopCancel };
    if (ready === undefined || ready > now) return { job, status: 'blocked', startedAt, stoppedAt: undefined };
    return { job, status: job.type === 'approval' ? 'on_hold' : 'running', startedAt, stoppedAt: undefined };
  });
  const last = Math.max(...jobs.map((j) => j.stoppedAt ?? 0));
  if (jobs.every((j) => j.status === 'success')) return { status: 'success', stoppedAt: last, jobs };
  if (cancel !== undefined && cancel <= now) return { status: 'canceled', stoppedAt: cancel, jobs };
  if (jobs.some((j) => j.status === 'canceled') && !jobs.some((j) => j.status === 'running')) {
    return { status: 'canceled', stoppedAt: last, jobs };
  }
  if (jobs.some((j) => j.status === 'on_hold') && !jobs.some((j) => j.status === 'running')) {
    return { status: 'on_hold', stoppedAt: undefined, jobs };
  }
  return { status: 'running', stoppedAt: undefined, jobs };
}
