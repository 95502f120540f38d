/**
 * Workflows and jobs of mock pipelines: reads, cancel, rerun and approval.
 */
import { formatProjectSlug } from '@circleci-kit/slug';
import type { JobRecord, WorkflowRecord } from '../state/records.ts';
import { workflowView, type JobView } from '../state/workflow-status.ts';
import { ACCEPTED } from '../response-catalog.ts';
import { badRequest, fill, notFound, ok, paged, type Handler, type HandlerContext } from './handler.ts';

function renderWorkflow(context: HandlerContext, workflow: WorkflowRecord, item: boolean): Record<string, unknown> {
  const view = workflowView(workflow, context.state.now);
  return fill(
    context,
    {
      id: workflow.id,
      name: workflow.name,
      pipeline_id: workflow.pipelineId,
      pipeline_number: workflow.pipelineNumber,
      project_slug: workflow.projectSlug,
      status: view.status,
      started_by: workflow.startedBy,
      created_at: context.state.iso(workflow.createdAt),
      stopped_at: view.stoppedAt === undefined ? null : context.state.iso(view.stoppedAt),
      canceled_by: view.status === 'canceled' ? workflow.startedBy : undefined,
      errored_by: undefined,
    },
    { item },
  );
}

function renderJob(context: HandlerContext, workflow: WorkflowRecord, view: JobView): Record<string, unknown> {
  const { job } = view;
  const ids = new Map(workflow.jobs.map((j) => [j.name, j.id]));
  return fill(
    context,
    {
      id: job.id,
      name: job.name,
      type: job.type,
      status: view.status,
      job_number: job.number,
      project_slug: workflow.projectSlug,
      started_at: context.state.iso(view.startedAt),
      stopped_at: view.stoppedAt === undefined ? null : context.state.iso(view.stoppedAt),
      dependencies: job.requires.map((name) => ids.get(name)!),
      approval_request_id: job.type === 'approval' ? job.id : undefined,
      approved_by: job.approvedBy,
      canceled_by: undefined,
      requires: undefined,
    },
    { item: true },
  );
}

const workflowOf = (context: HandlerContext): WorkflowRecord | undefined =>
  context.state.workflows.get(context.params.id as string);

/** GET /pipeline/{pipeline-id}/workflow */
export const listWorkflowsByPipelineId: Handler = (context) => {
  const pipeline = context.state.pipelines.get(context.params['pipeline-id'] as string);
  if (pipeline === undefined) return notFound('Pipeline');
  const items = pipeline.workflowIds.map((id) => renderWorkflow(context, context.state.workflows.get(id)!, true));
  return paged(context, items, `workflows:${pipeline.id}`);
};

/** GET /workflow/{id} */
export const getWorkflowById: Handler = (context) => {
  const workflow = workflowOf(context);
  if (workflow === undefined) return notFound('Workflow');
  return { status: context.catalog.success(context.operation).status, body: renderWorkflow(context, workflow, false) };
};

/** GET /workflow/{id}/job */
export const listWorkflowJobs: Handler = (context) => {
  const workflow = workflowOf(context);
  if (workflow === undefined) return notFound('Workflow');
  const items = workflowView(workflow, context.state.now).jobs.map((view) => renderJob(context, workflow, view));
  return ok(context, { items, next_page_token: null });
};

/** POST /workflow/{id}/cancel: every unfinished job stops now. */
export const cancelWorkflow: Handler = (context) => {
  const workflow = workflowOf(context);
  if (workflow === undefined) return notFound('Workflow');
  workflow.canceledAt ??= context.state.now;
  return { status: 202, body: ACCEPTED };
};

/** POST /workflow/{id}/rerun: a new workflow of the same plan in the same pipeline, started now. */
export const rerunWorkflow: Handler = (context) => {
  const workflow = workflowOf(context);
  if (workflow === undefined) return notFound('Workflow');
  const { state } = context;
  const project = state.project(workflow.projectSlug);
  const copy: WorkflowRecord = {
    ...workflow,
    id: state.uuid(),
    createdAt: state.now,
    canceledAt: undefined,
    jobs: workflow.jobs.map((job) => ({
      ...job,
      id: state.uuid(),
      number: job.type === 'build' ? project.nextJobNumber++ : undefined,
      approvedAt: undefined,
      approvedBy: undefined,
      canceledAt: undefined,
    })),
  };
  for (const job of copy.jobs) if (job.number !== undefined) project.rerunJobs.set(job.number, copy.id);
  state.workflows.set(copy.id, copy);
  state.pipelines.get(workflow.pipelineId)?.workflowIds.push(copy.id);
  return ok(context, { workflow_id: copy.id, message: ACCEPTED.message });
};

/** POST /workflow/{id}/approve/{approval_request_id}: an `on_hold` approval job succeeds now. */
export const approvePendingApprovalJobById: Handler = (context) => {
  const workflow = workflowOf(context);
  if (workflow === undefined) return notFound('Workflow');
  const view = workflowView(workflow, context.state.now).jobs.find(
    (j) => j.job.id === context.params.approval_request_id && j.job.type === 'approval',
  );
  if (view === undefined) return notFound('Approval request');
  if (view.status !== 'on_hold') return badRequest(`the approval job is ${view.status}, not on_hold`);
  view.job.approvedAt = context.state.now;
  view.job.approvedBy = workflow.startedBy;
  return { status: 202, body: ACCEPTED };
};

/**
 * The job with a project's job number, in time that does not grow with the
 * pipelines stored: its pipeline is the last one whose first job number is
 * at most the number (a binary search of the project's pipelines), unless a
 * rerun handed the number out.
 */
function findJob(context: HandlerContext, number: number): { workflow: WorkflowRecord; job: JobRecord } | undefined {
  const project = context.state.projects.get(context.params['project-slug'] as string);
  if (project === undefined || !Number.isInteger(number)) return undefined;
  const inWorkflow = (id: string | undefined) => {
    const workflow = id === undefined ? undefined : context.state.workflows.get(id);
    const job = workflow?.jobs.find((j) => j.number === number);
    return workflow !== undefined && job !== undefined ? { workflow, job } : undefined;
  };
  const rerun = project.rerunJobs.get(number);
  if (rerun !== undefined) return inWorkflow(rerun);
  const { pipelines } = project;
  let low = pipelines.first;
  let high = pipelines.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (pipelines.at(middle)!.firstJobNumber <= number) low = middle;
    else high = middle - 1;
  }
  const pipeline = pipelines.at(low);
  if (pipeline === undefined || pipeline.firstJobNumber > number) return undefined;
  for (const id of pipeline.workflowIds) {
    const found = inWorkflow(id);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** GET /project/{project-slug}/job/{job-number} */
export const getJobDetails: Handler = (context) => {
  const found = findJob(context, Number(context.params['job-number']));
  if (found === undefined) return notFound('Job');
  const { workflow, job } = found;
  const view = workflowView(workflow, context.state.now).jobs.find((j) => j.job === job)!;
  const template = fill(context, {});
  const project = template.project as Record<string, unknown> | undefined;
  if (project !== undefined) project.slug = workflow.projectSlug;
  const duration = view.stoppedAt === undefined ? null : view.stoppedAt - view.startedAt;
  return ok(context, {
    number: job.number,
    name: job.name,
    status: view.status,
    project,
    started_at: context.state.iso(view.startedAt),
    stopped_at: view.stoppedAt === undefined ? null : context.state.iso(view.stoppedAt),
    duration,
    created_at: context.state.iso(workflow.createdAt),
    queued_at: context.state.iso(workflow.createdAt),
    pipeline: { id: workflow.pipelineId },
    parallelism: 1,
    parallel_runs: [{ index: 0, status: view.status }],
    web_url: `https://app.circleci.com/pipelines/${formatProjectSlug(workflow.projectSlug, { vcs: 'long' })}/${workflow.pipelineNumber}/workflows/${workflow.id}/jobs/${job.number}`,
    latest_workflow: { id: workflow.id, name: workflow.name },
  });
};

/** POST /project/{project-slug}/job/{job-number}/cancel */
export const cancelJobByJobNumber: Handler = (context) => {
  const found = findJob(context, Number(context.params['job-number']));
  if (found === undefined) return notFound('Job');
  found.job.canceledAt ??= context.state.now;
  return ok(context, { message: 'Job canceled.' });
};
