import { matchWebhooks } from '../../engine/match-webhooks.ts';
import { defineRule, type SpecRule } from '../rule.ts';

/** `webhook-added` (info): a new webhook: the API sends one more kind of request, which no client had to handle. */
export const webhookAdded: SpecRule = defineRule({
  scope: 'spec',
  id: 'webhook-added',
  level: 'info',
  direction: 'none',
  summary: 'A new webhook: the API sends one more kind of request.',
  check: (old, next) =>
    matchWebhooks(old, next).added.map((webhook) => ({
      message: `webhook \`${webhook.path}\` (${webhook.method.toUpperCase()}) added`,
      old: null,
      new: webhook.pointer,
      subjects: [webhook.path, webhook.operationId],
      operation: webhook,
    })),
});
