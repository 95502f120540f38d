/**
 * triggerPipeline and the pipeline reads: by id, by number, per project,
 * mine, and across projects.
 */
import type { PipelineRecord, WorkflowRecord } from '../state/records.js';
import { workflowPlans } from './workflow-plans.js';
import { fill, notFound, ok, paged, type Handler, type HandlerContext } from './handler.js';

function pipelineValues(context: HandlerContext, pipeline: PipelineRecord): Record<string, unknown> {
  const { state } = context;
  const vcs = context.catalog.template(context.operations.get('getPipelineById')!).vcs as
    Record<string, unknown> | undefined;
  if (vcs !== undefined) {
    if (pipeline.branch !== undefined) vcs.branch = pipeline.branch;
    else delete vcs.branch;
    if (pipeline.tag !== undefined) vcs.tag = pipeline.tag;
    else delete vcs.tag;
  }
  return {
    id: pipeline.id,
    number: pipeline.number,
    project_slug: pipeline.projectSlug,
    state: 'created',
    created_at: state.iso(pipeline.createdAt),
    updated_at: state.iso(pipeline.createdAt),
    errors: [],
    trigger_parameters: pipeline.parameters,
    vcs,
  };
}

/** Renders a pipeline as the context's operation (or its list item) declares it. */
function renderPipeline(context: HandlerContext, pipeline: PipelineRecord, item: boolean): Record<string, unknown> {
  const values = pipelineValues(context, pipeline);
  const rendered = fill(context, values, { item });
  const trigger = rendered.trigger as Record<string, unknown> | undefined;
  if (trigger !== undefined) trigger.received_at = values.created_at;
  return rendered;
}

/** Creates a pipeline on a project: next number, state `created`, its workflows started now. */
export function createPipeline(context: HandlerContext, slug: string): PipelineRecord {
  const { state } = context;
  const project = state.project(slug);
  const body = (context.body ?? {}) as { branch?: string; tag?: string; parameters?: Record<string, unknown> };
  const pipeline: PipelineRecord = {
    id: state.uuid(),
    number: project.pipelines.length + 1,
    projectSlug: slug,
    createdAt: state.now,
    token: context.token,
    branch: body.tag === undefined ? (body.branch ?? 'main') : body.branch,
    tag: body.tag,
    parameters: body.parameters ?? {},
    workflowIds: [],
  };
  project.pipelines.push(pipeline);
  state.pipelines.set(pipeline.id, pipeline);
  for (const plan of workflowPlans) {
    const workflow: WorkflowRecord = {
      id: state.uuid(),
      name: plan.name,
      pipelineId: pipeline.id,
      pipelineNumber: pipeline.number,
      projectSlug: slug,
      createdAt: state.now,
      startedBy: state.uuid(),
      canceledAt: undefined,
      jobs: plan.jobs.map((job) => ({
        ...job,
        requires: [...job.requires],
        id: state.uuid(),
        number: job.type === 'build' ? project.nextJobNumber++ : undefined,
        approvedAt: undefined,
        approvedBy: undefined,
        canceledAt: undefined,
      })),
    };
    state.workflows.set(workflow.id, workflow);
    pipeline.workflowIds.push(workflow.id);
  }
  return pipeline;
}

const slugOf = (context: HandlerContext): string => context.params['project-slug'] as string;

/** POST /project/{project-slug}/pipeline */
export const triggerPipeline: Handler = (context) => {
  const pipeline = createPipeline(context, slugOf(context));
  return ok(context, {
    id: pipeline.id,
    number: pipeline.number,
    state: 'created',
    created_at: context.state.iso(pipeline.createdAt),
  });
};

/** GET /pipeline/{pipeline-id} */
export const getPipelineById: Handler = (context) => {
  const pipeline = context.state.pipelines.get(context.params['pipeline-id'] as string);
  if (pipeline === undefined) return notFound('Pipeline');
  return { status: 200, body: renderPipeline(context, pipeline, false) };
};

/** GET /project/{project-slug}/pipeline/{pipeline-number} */
export const getPipelineByNumber: Handler = (context) => {
  const number = Number(context.params['pipeline-number']);
  const pipeline = context.state.projects.get(slugOf(context))?.pipelines[number - 1];
  if (pipeline === undefined || !Number.isInteger(number)) return notFound('Pipeline');
  return { status: 200, body: renderPipeline(context, pipeline, false) };
};

function listed(context: HandlerContext, pipelines: PipelineRecord[], key: string) {
  const newestFirst = [...pipelines].sort((a, b) => b.createdAt - a.createdAt || b.number - a.number);
  return paged(
    context,
    newestFirst.map((p) => renderPipeline(context, p, true)),
    key,
  );
}

/** GET /project/{project-slug}/pipeline: newest first, optionally one branch. */
export const listPipelinesForProject: Handler = (context) => {
  const branch = context.query.branch;
  const pipelines = (context.state.projects.get(slugOf(context))?.pipelines ?? []).filter(
    (p) => branch === undefined || p.branch === branch,
  );
  return listed(context, pipelines, `project:${slugOf(context)}:${String(branch)}`);
};

/** GET /project/{project-slug}/pipeline/mine: the token's own pipelines, newest first. */
export const listMyPipelines: Handler = (context) => {
  const pipelines = (context.state.projects.get(slugOf(context))?.pipelines ?? []).filter(
    (p) => p.token === context.token,
  );
  return listed(context, pipelines, `mine:${slugOf(context)}:${context.token}`);
};

/** GET /pipeline: every project's pipelines (of an org when `org-slug` is given; the token's with `mine`). */
export const listPipelines: Handler = (context) => {
  const org = context.query['org-slug'];
  const pipelines = [...context.state.pipelines.values()].filter(
    (p) =>
      (typeof org !== 'string' || p.projectSlug.startsWith(`${org}/`)) &&
      (context.query.mine !== true || p.token === context.token),
  );
  return listed(context, pipelines, `all:${String(org)}:${String(context.query.mine)}`);
};
