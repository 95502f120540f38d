/**
 * The mock's memory: projects, pipelines, workflows, contexts, schedules and
 * webhooks, ids drawn from the seed, and a virtual clock tests advance.
 */
import { createRng, derivedUuid, uuidFrom } from '../_internals/hash.ts';
import { ResourceStore } from '../resources/resource-store.ts';
import { PipelineLists, addToProject, dropFromProject } from './pipeline-index.ts';
import { JOB_NUMBERS_PER_PIPELINE, pipelineWorkflows } from './pipeline-workflows.ts';
import { RecordStore, type RecordStoreHooks } from './record-store.ts';
import { contextGroups, scheduleGroups, webhookGroups } from './record-groups.ts';
import { ResourceAges, type AgedResource, type ResourceKind } from './resource-ages.ts';
import type {
  ContextRecord,
  PipelineRecord,
  ProjectRecord,
  ScheduleRecord,
  WebhookRecord,
  WorkflowRecord,
} from './records.ts';
import { SlidingList, type ReadonlySlidingList } from './sliding-list.ts';

/** Where the virtual clock starts: 2025-01-01T00:00:00Z. */
export const CLOCK_START: number = Date.UTC(2025, 0, 1);

/** What a trigger says about the pipeline to create. */
export interface NewPipeline {
  /** The canonical project slug (`gh/org/repo`). */
  slug: string;
  /** The token that triggered it. */
  token: string;
  branch: string | undefined;
  tag: string | undefined;
  parameters: Record<string, unknown>;
}

/**
 * The state of one mock server. Times are virtual: they start at
 * {@link CLOCK_START} and move only when {@link MockState.advance} is called,
 * so workflows and jobs change state exactly when a test says so.
 *
 * A trigger keeps only the pipeline; its workflows and jobs, which depend on
 * nothing but the pipeline, are made the first time `projects`, `pipelines`
 * or `workflows` is read afterwards.
 *
 * With `maxResources` set, it holds at most that many pipelines, contexts,
 * schedules and webhooks together: a create that would go over evicts the
 * oldest of them first (a pipeline with its workflows and jobs, a context
 * with its variables), which then reads as never created (404, left out of
 * every list); pipeline numbers keep counting up.
 *
 * @example
 * const { state } = await startMockServer({ spec });
 * state.advance(60_000); // one virtual minute: running jobs finish
 */
export class MockState {
  /** The virtual time, in ms since the epoch. */
  now: number = CLOCK_START;
  /** Contexts by id, oldest first, and by owner id and owner slug (see `record-groups.ts`). */
  readonly contexts: RecordStore<ContextRecord> = new RecordStore(contextGroups, this.#counted('context'));
  /** Schedules by id, oldest first, and by project slug. */
  readonly schedules: RecordStore<ScheduleRecord> = new RecordStore(scheduleGroups, this.#counted('schedule'));
  /** Webhooks by id, oldest first, and by scope id. */
  readonly webhooks: RecordStore<WebhookRecord> = new RecordStore(webhookGroups, this.#counted('webhook'));
  /** Orgs, projects, groups, pipeline definitions, triggers and the other generically kept things. */
  readonly resources: ResourceStore = new ResourceStore(this.#counted('resource'));
  readonly #projects = new Map<string, ProjectRecord>();
  readonly #pipelines = new Map<string, PipelineRecord>();
  readonly #workflows = new Map<string, WorkflowRecord>();
  /** The lists `GET /pipeline` pages. */
  readonly #lists = new PipelineLists();
  /** Pipelines whose workflows are not made yet: the newest ones, in trigger order. */
  #pending = new SlidingList<PipelineRecord>();
  /** Pipelines triggered since the start or the last reset, evicted ones included. */
  #triggered = 0;
  readonly #ages: ResourceAges;
  readonly #seed: number;
  #next: () => number;
  #isoTime = Number.NaN;
  #isoText = '';

  /**
   * `maxResources` bounds how many pipelines, contexts, schedules and
   * webhooks are held together (a positive integer; no bound when not given).
   */
  constructor(seed: number, options: { maxResources?: number | undefined } = {}) {
    const { maxResources } = options;
    if (maxResources !== undefined && !(Number.isSafeInteger(maxResources) && maxResources > 0)) {
      throw new RangeError(`maxResources must be a positive integer, got ${maxResources}`);
    }
    this.#seed = seed;
    this.#next = createRng(seed);
    this.#ages = new ResourceAges(maxResources, (resource) => this.#isHeld(resource));
  }

  /** The most pipelines, contexts, schedules and webhooks held together; `undefined` when unbounded. */
  get maxResources(): number | undefined {
    return this.#ages.limit;
  }

  /** Projects by canonical slug. */
  get projects(): Map<string, ProjectRecord> {
    this.#settle();
    return this.#projects;
  }

  /** Pipelines by id. */
  get pipelines(): Map<string, PipelineRecord> {
    this.#settle();
    return this.#pipelines;
  }

  /** Workflows by id, of every pipeline. */
  get workflows(): Map<string, WorkflowRecord> {
    this.#settle();
    return this.#workflows;
  }

  /** Moves the virtual clock forward by `ms` milliseconds. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance takes a non-negative number of ms, got ${ms}`);
    this.now += ms;
  }

  /** Forgets everything and restarts the clock and the id sequence. */
  reset(): void {
    this.now = CLOCK_START;
    this.#next = createRng(this.#seed);
    this.#pending = new SlidingList();
    this.#triggered = 0;
    this.#lists.clear();
    this.#ages.clear();
    for (const map of [
      this.#projects,
      this.#pipelines,
      this.#workflows,
      this.contexts,
      this.schedules,
      this.webhooks,
      this.resources,
    ]) {
      map.clear();
    }
  }

  /** The next uuid of the seeded sequence. */
  uuid(): string {
    return uuidFrom(this.#next);
  }

  /** The next 32-bit number of the seeded sequence. */
  random(): number {
    return this.#next();
  }

  /** The project with this canonical slug, created empty on first use. */
  project(slug: string): ProjectRecord {
    let project = this.#projects.get(slug);
    if (project === undefined) {
      project = {
        slug,
        pipelines: new SlidingList(),
        byBranch: new Map(),
        byToken: new Map(),
        nextJobNumber: 1,
        rerunJobs: new Map(),
        envVars: new Map(),
        checkoutKeys: new Map(),
      };
      this.#projects.set(slug, project);
    }
    return project;
  }

  /**
   * Creates a pipeline now: the project's next number, an id derived from
   * the seed and the trigger order, and the job numbers of its build jobs
   * reserved. Its workflows start now (virtually) and are made on first read.
   * When `maxResources` is set and reached, the oldest resource is evicted.
   */
  addPipeline(input: NewPipeline): PipelineRecord {
    const project = this.project(input.slug);
    const pipeline: PipelineRecord = {
      id: derivedUuid(this.#seed, this.#triggered++, 0),
      number: project.pipelines.length + 1,
      projectSlug: input.slug,
      createdAt: this.now,
      token: input.token,
      branch: input.branch,
      tag: input.tag,
      parameters: input.parameters,
      firstJobNumber: project.nextJobNumber,
      workflowIds: [],
    };
    project.nextJobNumber += JOB_NUMBERS_PER_PIPELINE;
    addToProject(project, pipeline);
    this.#lists.add(pipeline);
    this.#pipelines.set(pipeline.id, pipeline);
    this.#pending.push(pipeline);
    this.#created('pipeline', pipeline.id);
    return pipeline;
  }

  /**
   * Every pipeline, oldest first: all of them, those of one org
   * (`gh/acme`), those one token triggered, or those of one org one token
   * triggered (both given). The lists are kept as pipelines are created and
   * evicted, so reading one costs nothing; positions stay put when the
   * oldest are evicted.
   */
  pipelineList(by: { org?: string; token?: string } = {}): ReadonlySlidingList<PipelineRecord> {
    this.#settle();
    return this.#lists.list(by);
  }

  /** How many pipelines, contexts, schedules and webhooks are held (0 when `maxResources` is not set). */
  get resourceCount(): number {
    return this.#ages.held;
  }

  /** An ISO date-time for a virtual time. */
  iso(time: number = this.now): string {
    if (time !== this.#isoTime) {
      this.#isoText = new Date(time).toISOString();
      this.#isoTime = time;
    }
    return this.#isoText;
  }

  /** Makes the workflows of the pending pipelines, oldest first. */
  #settle(): void {
    const pending = this.#pending;
    if (pending.size === 0) return;
    this.#pending = new SlidingList();
    // The pending pipelines are the newest ones triggered (evicted ones leave from the front).
    let ordinal = this.#triggered - pending.size;
    for (const pipeline of pending) {
      for (const workflow of pipelineWorkflows(pipeline, ordinal++, this.#seed)) {
        this.#workflows.set(workflow.id, workflow);
        pipeline.workflowIds.push(workflow.id);
      }
    }
  }

  /** What a store tells the age count of its records. */
  #counted(kind: ResourceKind): RecordStoreHooks {
    return { added: (id) => this.#created(kind, id), deleted: () => this.#ages.deleted() };
  }

  /** Counts a resource just stored, evicting the oldest one when that goes over `maxResources`. */
  #created(kind: ResourceKind, id: string): void {
    const oldest = this.#ages.added(kind, id);
    if (oldest !== undefined) this.#evict(oldest);
  }

  #isHeld({ kind, id }: AgedResource): boolean {
    if (kind === 'pipeline') return this.#pipelines.has(id);
    if (kind === 'resource') return this.resources.has(id);
    return (kind === 'context' ? this.contexts : kind === 'schedule' ? this.schedules : this.webhooks).has(id);
  }

  #evict({ kind, id }: AgedResource): void {
    if (kind === 'context') this.contexts.evict(id);
    else if (kind === 'schedule') this.schedules.evict(id);
    else if (kind === 'webhook') this.webhooks.evict(id);
    else if (kind === 'resource') this.resources.evict(id);
    else this.#evictPipeline(this.#pipelines.get(id)!);
  }

  /** Drops the oldest pipeline from every index, with its workflows (and so its jobs). */
  #evictPipeline(pipeline: PipelineRecord): void {
    const project = this.#projects.get(pipeline.projectSlug);
    if (project !== undefined) dropFromProject(project, pipeline);
    this.#lists.drop(pipeline);
    if (this.#pending.at(this.#pending.first) === pipeline) this.#pending.shift();
    for (const id of pipeline.workflowIds) this.#workflows.delete(id);
    this.#pipelines.delete(pipeline.id);
  }
}
