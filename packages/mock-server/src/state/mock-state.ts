/**
 * The mock's memory: projects, pipelines, workflows, contexts, schedules and
 * webhooks, ids drawn from the seed, and a virtual clock tests advance.
 */
import { createRng, uuidFrom } from '../_internals/hash.js';
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

/**
 * The state of one mock server. Times are virtual: they start at
 * {@link CLOCK_START} and move only when {@link MockState.advance} is called,
 * so workflows and jobs change state exactly when a test says so.
 *
 * @example
 * const { state } = await startMockServer({ spec });
 * state.advance(60_000); // one virtual minute: running jobs finish
 */
export class MockState {
  /** The virtual time, in ms since the epoch. */
  now: number = CLOCK_START;
  readonly projects: Map<string, ProjectRecord> = new Map();
  readonly pipelines: Map<string, PipelineRecord> = new Map();
  readonly workflows: Map<string, WorkflowRecord> = new Map();
  readonly contexts: Map<string, ContextRecord> = new Map();
  readonly schedules: Map<string, ScheduleRecord> = new Map();
  readonly webhooks: Map<string, WebhookRecord> = new Map();
  readonly #seed: number;
  #next: () => number;

  constructor(seed: number) {
    this.#seed = seed;
    this.#next = createRng(seed);
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
    for (const map of [this.projects, this.pipelines, this.workflows, this.contexts, this.schedules, this.webhooks]) {
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
    let project = this.projects.get(slug);
    if (project === undefined) {
      project = { slug, pipelines: [], nextJobNumber: 1, envVars: new Map(), checkoutKeys: new Map() };
      this.projects.set(slug, project);
    }
    return project;
  }

  /** An ISO date-time for a virtual time. */
  iso(time: number = this.now): string {
    return new Date(time).toISOString();
  }
}
