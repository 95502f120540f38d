/**
 * The records the mock keeps for its stateful flows.
 */
import type { SlidingList } from './sliding-list.ts';

/** One job of a workflow, as planned when the workflow starts. */
export interface JobRecord {
  id: string;
  name: string;
  type: 'build' | 'approval';
  /** Per-project job number; approval jobs have none. */
  number: number | undefined;
  /** Virtual milliseconds a build job runs. */
  duration: number;
  /** Names of the jobs it waits for. */
  requires: string[];
  approvedAt: number | undefined;
  approvedBy: string | undefined;
  canceledAt: number | undefined;
}

/** One workflow of a pipeline. */
export interface WorkflowRecord {
  id: string;
  name: string;
  pipelineId: string;
  pipelineNumber: number;
  projectSlug: string;
  createdAt: number;
  startedBy: string;
  canceledAt: number | undefined;
  jobs: JobRecord[];
}

/** One pipeline, as `triggerPipeline` creates it. */
export interface PipelineRecord {
  id: string;
  number: number;
  projectSlug: string;
  createdAt: number;
  /** The token that triggered it, for `listMyPipelines`. */
  token: string;
  branch: string | undefined;
  tag: string | undefined;
  parameters: Record<string, unknown>;
  /** The job number of its first build job; its build jobs are numbered on from there. */
  firstJobNumber: number;
  /**
   * Its workflows, oldest first. They are made when the mock's workflows
   * are first read after the trigger (see `MockState`), from the pipeline
   * alone, so reading them through `MockState` always gives them.
   */
  workflowIds: string[];
}

/** A project environment variable. */
export interface EnvVarRecord {
  name: string;
  value: string;
  createdAt: number;
}

/** A project checkout key. */
export interface CheckoutKeyRecord {
  fingerprint: string;
  type: 'deploy-key' | 'github-user-key';
  publicKey: string;
  preferred: boolean;
  createdAt: number;
}

/** Everything the mock knows about one project, by canonical slug. */
export interface ProjectRecord {
  slug: string;
  /**
   * Its pipelines, oldest first, at position `number - 1`; `length` is the
   * number of pipelines ever triggered, evicted ones (`at` gives
   * `undefined`) included.
   */
  pipelines: SlidingList<PipelineRecord>;
  /** Its pipelines by branch, oldest first. */
  byBranch: Map<string, SlidingList<PipelineRecord>>;
  /** Its pipelines by the token that triggered them, oldest first. */
  byToken: Map<string, SlidingList<PipelineRecord>>;
  nextJobNumber: number;
  /** The workflow of each job number a rerun handed out (a pipeline's own are found from its `firstJobNumber`). */
  rerunJobs: Map<number, string>;
  envVars: Map<string, EnvVarRecord>;
  checkoutKeys: Map<string, CheckoutKeyRecord>;
}

/** A context and its environment variables. */
export interface ContextRecord {
  id: string;
  name: string;
  owner: { id?: string; slug?: string; type?: string };
  createdAt: number;
  variables: Map<string, { variable: string; value: string; createdAt: number; updatedAt: number }>;
}

/** A schedule, kept as the body it was created with plus its identity. */
export interface ScheduleRecord {
  id: string;
  projectSlug: string;
  createdAt: number;
  updatedAt: number;
  fields: Record<string, unknown>;
}

/** A webhook, kept as the body it was created with plus its identity. */
export interface WebhookRecord {
  id: string;
  createdAt: number;
  updatedAt: number;
  fields: Record<string, unknown>;
}
