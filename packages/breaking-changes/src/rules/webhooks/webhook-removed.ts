import { matchWebhooks } from '../../engine/match-webhooks.ts';
import { defineRule, type SpecRule } from '../rule.ts';

/**
 * `webhook-removed` (error): a webhook (OpenAPI 3.1 `webhooks`) is gone:
 * the API no longer sends those requests, and clients that act on them
 * stop hearing of the events. A removal, as an operation's is.
 */
export const webhookRemoved: SpecRule = defineRule({
  scope: 'spec',
  id: 'webhook-removed',
  level: 'error',
  direction: 'none',
  summary: 'A webhook is gone: the API no longer sends it, and clients that act on it stop hearing of the events.',
  check: (old, next) =>
    matchWebhooks(old, next).removed.map((webhook) => ({
      message: `webhook \`${webhook.path}\` (${webhook.method.toUpperCase()}) removed: the API no longer sends it`,
      old: webhook.pointer,
      new: null,
      subjects: [webhook.path, webhook.operationId],
      operation: webhook,
    })),
});
