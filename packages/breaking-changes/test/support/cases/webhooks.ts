import type { RuleCase } from '../rule-cases.ts';
import { obj, spec, withWebhooks } from '../build-spec.ts';

// Webhooks (OpenAPI 3.1): requests the API sends. One that goes is a removal; one that comes is news.

/** A spec with one operation and the named webhooks, each with a JSON payload. */
const hooks = (...names: string[]) =>
  withWebhooks(
    spec({}),
    ...names.map((name) => ({
      path: name,
      body: { content: { 'application/json': obj({ id: 'string' }) } },
    })),
  );

export const webhookCases: RuleCase[] = [
  {
    rule: 'webhook-removed',
    given: 'jobDone is gone',
    pair: [hooks('jobDone', 'jobStarted'), hooks('jobStarted')],
    want: 1,
  },
  { rule: 'webhook-removed', given: 'both kept', pair: [hooks('jobDone'), hooks('jobDone')], want: 0 },
  { rule: 'webhook-removed', given: 'one added', pair: [hooks('jobDone'), hooks('jobDone', 'jobStarted')], want: 0 },
  {
    rule: 'webhook-added',
    given: 'jobStarted is new',
    pair: [hooks('jobDone'), hooks('jobDone', 'jobStarted')],
    want: 1,
  },
  { rule: 'webhook-added', given: 'from a 3.0 spec, which has none', pair: [spec({}), hooks('jobDone')], want: 1 },
  { rule: 'webhook-added', given: 'both kept', pair: [hooks('jobDone'), hooks('jobDone')], want: 0 },
];
