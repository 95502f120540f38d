/**
 * The lists the pipeline reads page, kept as pipelines are triggered and
 * evicted: per project (all, by branch, by token) and across projects (all,
 * by org, by token, by org and token), each oldest first.
 */
import type { PipelineRecord, ProjectRecord } from './records.ts';
import { SlidingList, type ReadonlySlidingList } from './sliding-list.ts';

const NONE: ReadonlySlidingList<PipelineRecord> = new SlidingList<PipelineRecord>();

/** The org slug of a project slug: `gh/acme/api` → `gh/acme`. */
const orgOf = (slug: string): string => slug.slice(0, slug.lastIndexOf('/'));

/**
 * The cross-project lists `GET /pipeline` pages. Pipelines leave only by
 * eviction, oldest first, so the one leaving is always at the front of every
 * list that holds it: dropping it is a `shift`, and the others keep their
 * positions (so page tokens, which hold positions, stay right). A list that
 * empties is kept, for the same reason.
 *
 * @example
 * const lists = new PipelineLists();
 * lists.add(pipeline);
 * lists.list({ org: 'gh/acme', token: 't' }).size; // → 1
 */
export class PipelineLists {
  readonly #all = new SlidingList<PipelineRecord>();
  readonly #byOrg = new Map<string, SlidingList<PipelineRecord>>();
  readonly #byToken = new Map<string, SlidingList<PipelineRecord>>();
  /** By org, then by token. */
  readonly #byOrgToken = new Map<string, Map<string, SlidingList<PipelineRecord>>>();

  /** Every pipeline, those of one org, those of one token, or those of one org and token. */
  list(by: { org?: string; token?: string } = {}): ReadonlySlidingList<PipelineRecord> {
    if (by.org !== undefined && by.token !== undefined) {
      return this.#byOrgToken.get(by.org)?.get(by.token) ?? NONE;
    }
    if (by.org !== undefined) return this.#byOrg.get(by.org) ?? NONE;
    if (by.token !== undefined) return this.#byToken.get(by.token) ?? NONE;
    return this.#all;
  }

  /** Appends a new pipeline to the lists that hold it. */
  add(pipeline: PipelineRecord): void {
    const org = orgOf(pipeline.projectSlug);
    this.#all.push(pipeline);
    append(this.#byOrg, org, pipeline);
    append(this.#byToken, pipeline.token, pipeline);
    let tokens = this.#byOrgToken.get(org);
    if (tokens === undefined) this.#byOrgToken.set(org, (tokens = new Map<string, SlidingList<PipelineRecord>>()));
    append(tokens, pipeline.token, pipeline);
  }

  /** Drops the oldest pipeline from the lists that hold it. */
  drop(pipeline: PipelineRecord): void {
    const org = orgOf(pipeline.projectSlug);
    dropOldest(this.#all, pipeline);
    dropOldest(this.#byOrg.get(org), pipeline);
    dropOldest(this.#byToken.get(pipeline.token), pipeline);
    dropOldest(this.#byOrgToken.get(org)?.get(pipeline.token), pipeline);
  }

  /** Forgets every pipeline. */
  clear(): void {
    this.#all.clear();
    this.#byOrg.clear();
    this.#byToken.clear();
    this.#byOrgToken.clear();
  }
}

/** Appends a new pipeline to its project's lists; its number is its position plus one. */
export function addToProject(project: ProjectRecord, pipeline: PipelineRecord): void {
  project.pipelines.push(pipeline);
  append(project.byToken, pipeline.token, pipeline);
  if (pipeline.branch !== undefined) append(project.byBranch, pipeline.branch, pipeline);
}

/** Drops the project's oldest pipeline from its project's lists. */
export function dropFromProject(project: ProjectRecord, pipeline: PipelineRecord): void {
  dropOldest(project.pipelines, pipeline);
  dropOldest(project.byToken.get(pipeline.token), pipeline);
  if (pipeline.branch !== undefined) dropOldest(project.byBranch.get(pipeline.branch), pipeline);
}

/** Appends to the list under `key`, making it on first use. */
function append(lists: Map<string, SlidingList<PipelineRecord>>, key: string, pipeline: PipelineRecord): void {
  let list = lists.get(key);
  if (list === undefined) lists.set(key, (list = new SlidingList()));
  list.push(pipeline);
}

/**
 * Drops `pipeline` from the front of `list`. A list that does not start
 * with it (a project record made anew) is left alone.
 */
function dropOldest(list: SlidingList<PipelineRecord> | undefined, pipeline: PipelineRecord): void {
  if (list?.at(list.first) === pipeline) list.shift();
}
