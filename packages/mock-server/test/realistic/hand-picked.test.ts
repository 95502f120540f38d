import type { LoadedSpec, SchemaObject } from '@circleci-kit/spec-loader';
import { beforeAll, describe, expect, it } from 'vitest';
import { realisticSample } from '../../src/realistic/realistic-sample.ts';
import { CLOCK_START } from '../../src/state/mock-state.ts';
import type { JsonBody } from '../support/client.ts';
import { currentSpec } from '../support/spec.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const LOGIN = /^[a-z][a-z0-9-]{1,38}$/;
const PERSON = /^[A-Z][a-z]+ [A-Z][a-z]+$/;
const KEBAB = /^[a-z]+(-[a-z]+)*$/;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

let spec: LoadedSpec;
beforeAll(async () => {
  spec = await currentSpec();
});

function schemaOf(operationId: string, status = '200'): SchemaObject {
  return spec.operations.get(operationId)!.responses[status]!.content['application/json']!.schema!;
}

type Body = Record<string, JsonBody>;
const bodies = (operationId: string, status?: string): Body[] =>
  SEEDS.map((seed) => realisticSample(schemaOf(operationId, status), seed) as Body);

describe('realisticSample, hand-picked operations', () => {
  it('getCurrentUser: a login like a login, a name like a person, a GitHub avatar', () => {
    for (const user of bodies('getCurrentUser')) {
      expect(user.login).toMatch(LOGIN);
      expect(user.name).toMatch(PERSON);
      expect(user.id).toMatch(UUID);
      expect(user.avatar_url).toMatch(/^https:\/\/avatars\.githubusercontent\.com\/u\/\d+$/);
      // One person: the login is the first letter of the first name and the last name.
      const [first, last] = (user.name as string).toLowerCase().split(' ');
      expect(user.login).toBe(`${first![0]}${last}`);
    }
    expect(new Set(bodies('getCurrentUser').map((user) => user.login)).size).toBeGreaterThan(1);
  });

  it('createOrganization: the slug is gh/ and the name', () => {
    for (const org of bodies('createOrganization', '201')) {
      expect(org.name).toMatch(KEBAB);
      expect(org.slug).toBe(`gh/${org.name}`);
    }
  });

  it('getCollaborations: one organization per item, each slug matching its name', () => {
    for (const list of bodies('getCollaborations') as unknown as Body[][]) {
      expect(list.length).toBeGreaterThanOrEqual(1);
      for (const org of list) expect(org.slug).toBe(`gh/${org.name}`);
      expect(new Set(list.map((org) => org.name)).size).toBe(list.length);
    }
  });

  it('getJobDetails: a job name, dates in order before the clock starts, a duration in ms, a CircleCI web URL', () => {
    for (const job of bodies('getJobDetails')) {
      expect(job.name).toMatch(KEBAB);
      const times = ['created_at', 'queued_at', 'started_at', 'stopped_at'].map((key) => Date.parse(job[key]));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(times[0]).toBeGreaterThan(CLOCK_START - 30 * 86_400_000);
      expect(times[3]).toBeLessThan(CLOCK_START);
      expect(job.duration).toBeGreaterThanOrEqual(1000);
      expect(job.web_url).toMatch(/^https:\/\/circleci\.com\/gh\/[a-z-]+\/[a-z-]+\/\d+$/);
      expect(job.organization.name).toMatch(KEBAB);
    }
  });

  it('listPipelines: 40-hex revisions, a pull request URL that agrees with its id, a commit subject, an actor login', () => {
    for (const { items } of bodies('listPipelines')) {
      for (const pipeline of items as Body[]) {
        expect(pipeline.vcs.revision).toMatch(/^[0-9a-f]{40}$/);
        expect(pipeline.vcs.review_url).toBe(`${pipeline.vcs.target_repository_url}/pull/${pipeline.vcs.review_id}`);
        expect(pipeline.vcs.branch).toMatch(/^[a-z0-9/._-]+$/);
        expect(pipeline.vcs.commit.subject).toMatch(/^[A-Z][\w .-]+$/);
        expect(pipeline.trigger.actor.login).toMatch(LOGIN);
        expect(Date.parse(pipeline.created_at)).toBeLessThanOrEqual(Date.parse(pipeline.updated_at));
      }
    }
  });

  it('listWorkflowJobs: job names from the vocabulary, distinct ids per item', () => {
    for (const { items } of bodies('listWorkflowJobs')) {
      for (const job of items as Body[]) expect(job.name).toMatch(KEBAB);
      expect(new Set((items as Body[]).map((job) => job.id)).size).toBe(items.length);
    }
  });

  it('getPipelineValuesById: keys like pipeline values, values of the type their key suggests', () => {
    for (const values of bodies('getPipelineValuesById')) {
      const keys = Object.keys(values);
      expect(keys.length).toBeGreaterThanOrEqual(1);
      for (const key of keys) expect(key).toMatch(/^pipeline\.[a-z_.]+$/);
      if ('pipeline.number' in values) expect(typeof values['pipeline.number']).toBe('number');
      if ('pipeline.git.revision' in values) expect(values['pipeline.git.revision']).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it('listSchedulesForProject: a schedule name, plausible hours, no repeated weekday', () => {
    for (const { items } of bodies('listSchedulesForProject')) {
      for (const schedule of items as Body[]) {
        expect(schedule.name).toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
        for (const hour of schedule.timetable['hours-of-day']) expect(hour).toBeGreaterThanOrEqual(0);
        for (const hour of schedule.timetable['hours-of-day']) expect(hour).toBeLessThanOrEqual(23);
        const days: string[] = schedule.timetable['days-of-week'] ?? [];
        expect(new Set(days).size).toBe(days.length);
      }
    }
  });

  it('getProjectWorkflowMetrics: duration statistics in order, totals the sum of their parts', () => {
    for (const { items } of bodies('getProjectWorkflowMetrics')) {
      for (const { metrics } of items as Body[]) {
        const { min, median, mean, p95, max } = metrics.duration_metrics;
        expect([min, median, mean, p95, max]).toEqual([min, median, mean, p95, max].sort((a, b) => a - b));
        expect(metrics.total_runs).toBe((metrics.successful_runs as number) + (metrics.failed_runs as number));
        expect(metrics.success_rate).toBeGreaterThan(0);
        expect(metrics.success_rate).toBeLessThanOrEqual(1);
      }
    }
  });

  it('getPipelineConfigById and GetOrgClaims: config text, a ttl matching its pattern', () => {
    for (const config of bodies('getPipelineConfigById')) expect(config.source).toMatch(/^version: 2\.1/);
    for (const claims of bodies('GetOrgClaims')) expect(claims.ttl).toMatch(/^([0-9]+(ms|s|m|h|d|w)){1,7}$/);
  });
});
