/**
 * The mock's memory: projects, pipelines, workflows, contexts, schedules and
 * webhooks, ids drawn from the seed, and a virtual clock tests advance.
 */
import { createRng, derivedUuid, uuidFrom } from '../_internals/hash.js';
import { JOB_NUMBERS_PER_PIPELINE, pipelineWorkflows } from './pipeline-workflows.js';
import type {
  ContextRecord,
  PipelineRecord,
  ProjectRecord,
  ScheduleRecord,
  WebhookRecord,
  WorkflowRecord,
} from './records.js';

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
 * @example
 * const { state } = await startMockServer({ spec });
 * state.advance(60_000); // one virtual minute: running jobs finish
 */
export class MockState {
  /** The virtual time, in ms since the epoch. */
  now: number = CLOCK_START;
  readonly contexts: Map<string, ContextRecord> = new Map();
  readonly schedules: Map<string, ScheduleRecord> = new Map();
  readonly webhooks: Map<string, WebhookRecord> = new Map();
  readonly #projects = new Map<string, ProjectRecord>();
  readonly #pipelines = new Map<string, PipelineRecord>();
  readonly #workflows = new Map<string, WorkflowRecord>();
  /** Every pipeline, oldest first, and the same by org slug and by token: the lists `GET /pipeline` pages. */
  readonly #allPipelines: PipelineRecord[] = [];
  readonly #byOrg = new Map<string, PipelineRecord[]>();
  readonly #byToken = new Map<string, PipelineRecord[]>();
  /** Pipelines whose workflows are not made yet: the newest ones, in trigger order. */
  #pending: PipelineRecord[] = [];
  readonly #seed: number;
  #next: () => number;
  #isoTime = Number.NaN;
  #isoText = '';

  constructor(seed: number) {
    this.#seed = seed;
    this.#next = createRng(seed);
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
    this.#pending = [];
    this.#allPipelines.length = 0;
    this.#byOrg.clear();
    this.#byToken.clear();
    for (const map of [
      this.#projects,
      this.#pipelines,
      this.#workflows,
      this.contexts,
      this.schedules,
      this.webhooks,
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
        pipelines: [],
        byBranch: new Map(),
        byToken: new Map(),
        nextJobNumber: 1,
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
   */
  addPipeline(input: NewPipeline): PipelineRecord {
    const project = this.project(input.slug);
    const pipeline: PipelineRecord = {
      id: derivedUuid(this.#seed, this.#pipelines.size, 0),
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
    project.pipelines.push(pipeline);
    append(project.byToken, input.token, pipeline);
    if (input.branch !== undefined) append(project.byBranch, input.branch, pipeline);
    this.#allPipelines.push(pipeline);
    append(this.#byOrg, input.slug.slice(0, input.slug.lastIndexOf('/')), pipeline);
    append(this.#byToken, input.token, pipeline);
    this.#pipelines.set(pipeline.id, pipeline);
    this.#pending.push(pipeline);
    return pipeline;
  }

  /**
   * Every pipeline, oldest first: all of them, those of one org
   * (`gh/acme`), or those one token triggered. The lists are kept as
   * pipelines are created, so reading one costs nothing.
   */
  pipelineList(by: { org?: string; token?: string } = {}): readonly PipelineRecord[] {
    this.#settle();
    if (by.org !== undefined) return this.#byOrg.get(by.org) ?? [];
    if (by.token !== undefined) return this.#byToken.get(by.token) ?? [];
    return this.#allPipelines;
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
    if (pending.length === 0) return;
    this.#pending = [];
    let ordinal = this.#pipelines.size - pending.length;
    for (const pipeline of pending) {
      for (const workflow of pipelineWorkflows(pipeline, ordinal++, this.#seed)) {
        this.#workflows.set(workflow.id, workflow);
        pipeline.workflowIds.push(workflow.id);
      }
    }
  }
}

/** Appends to the list under `key`, making it on first use. */
function append<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [item]);
  else list.push(item);
}
