/**
 * triggerPipeline and the pipeline reads: by id, by number, per project,
 * mine, and across projects.
 */
import { slugPart } from '../echo/slug-parts.ts';
import type { BodyShape, ResponseCatalog } from '../response-catalog.ts';
import type { PipelineRecord } from '../state/records.ts';
import { requestedPageSize } from '../_internals/requested-page-size.ts';
import { pageNewestFirst, type PositionedList } from '../pagination.ts';
import { badRequest, fill, notFound, ok, type Handler, type HandlerContext, type HandlerResult } from './handler.ts';

function pipelineValues(context: HandlerContext, pipeline: PipelineRecord): Record<string, unknown> {
  const { state } = context;
  const vcs = context.catalog.template(context.operations.get('getPipelineById')!).vcs as
    Record<string, unknown> | undefined;
  if (vcs !== undefined) {
    const repository = slugPart('project', pipeline.projectSlug, 'repo-url');
    if (repository !== undefined) vcs.target_repository_url = vcs.origin_repository_url = repository;
    // A pipeline triggered through the API builds a branch or tag, not a pull request.
    delete vcs.review_id;
    delete vcs.review_url;
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
  if (trigger !== undefined) {
    trigger.received_at = values.created_at;
    // Triggered through the API: by the user the token belongs to, whom `GET /me` describes.
    const me = context.catalog.currentUser();
    const actor = trigger.actor as Record<string, unknown> | undefined;
    if (actor !== undefined && typeof me.login === 'string') {
      actor.login = me.login;
      if (typeof me.avatar_url === 'string') actor.avatar_url = me.avatar_url;
    }
  }
  return rendered;
}

/** Creates a pipeline on a project: next number, state `created`, its workflows started now. */
export function createPipeline(context: HandlerContext, slug: string): PipelineRecord {
  const body = (context.body ?? {}) as { branch?: string; tag?: string; parameters?: Record<string, unknown> };
  return context.state.addPipeline({
    slug,
    token: context.token,
    branch: body.tag === undefined ? (body.branch ?? 'main') : body.branch,
    tag: body.tag,
    parameters: body.parameters ?? {},
  });
}

const slugOf = (context: HandlerContext): string => context.params['project-slug'] as string;

/** The keys of triggerPipeline's answer, in the order `triggerPipeline` fills them. */
const TRIGGERED = ['id', 'number', 'state', 'created_at'] as const;
const triggeredShapes = new WeakMap<ResponseCatalog, BodyShape>();

/** POST /project/{project-slug}/pipeline: the answer is rendered around fragments made once per server. */
export const triggerPipeline: Handler = (context) => {
  const pipeline = createPipeline(context, slugOf(context));
  let shape = triggeredShapes.get(context.catalog);
  if (shape === undefined) {
    shape = context.catalog.shape(context.operation, TRIGGERED);
    triggeredShapes.set(context.catalog, shape);
  }
  return shape.render([pipeline.id, pipeline.number, 'created', context.state.iso(pipeline.createdAt)]);
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
  const pipeline = context.state.projects.get(slugOf(context))?.pipelines.at(number - 1);
  if (pipeline === undefined || !Number.isInteger(number)) return notFound('Pipeline');
  return { status: 200, body: renderPipeline(context, pipeline, false) };
};

/**
 * One newest-first page of an index kept oldest first (creation order, so
 * newest first is by `created_at`), only that page rendered: a page costs
 * the same however many pipelines are stored.
 */
function listed(context: HandlerContext, pipelines: PositionedList<PipelineRecord>, key: string): HandlerResult {
  const token = context.query['page-token'];
  const size = requestedPageSize(context.query, context.pageSize);
  const page = pageNewestFirst(pipelines, typeof token === 'string' ? token : undefined, size, key);
  if (page === undefined) return badRequest('invalid page-token: pass the next_page_token of a previous page');
  const items = page.items.map((p) => renderPipeline(context, p, true));
  return ok(context, { items, next_page_token: page.next_page_token });
}

/** GET /project/{project-slug}/pipeline: newest first, optionally one branch. */
export const listPipelinesForProject: Handler = (context) => {
  const branch = context.query.branch;
  const project = context.state.projects.get(slugOf(context));
  const pipelines = (typeof branch === 'string' ? project?.byBranch.get(branch) : project?.pipelines) ?? [];
  return listed(context, pipelines, `project:${slugOf(context)}:${String(branch)}`);
};

/** GET /project/{project-slug}/pipeline/mine: the token's own pipelines, newest first. */
export const listMyPipelines: Handler = (context) => {
  const pipelines = context.state.projects.get(slugOf(context))?.byToken.get(context.token) ?? [];
  return listed(context, pipelines, `mine:${slugOf(context)}:${context.token}`);
};

/** GET /pipeline: every project's pipelines (of an org when `org-slug` is given; the token's with `mine`). */
export const listPipelines: Handler = (context) => {
  const org = context.query['org-slug'];
  const mine = context.query.mine === true;
  const pipelines = context.state.pipelineList({
    ...(typeof org === 'string' ? { org } : {}),
    ...(mine ? { token: context.token } : {}),
  });
  return listed(context, pipelines, `all:${String(org)}:${String(context.query.mine)}`);
};
