/**
 * Outbound webhooks: create, list by scope, get, update, delete.
 */
import { webhookGroup } from '../state/record-groups.ts';
import type { WebhookRecord } from '../state/records.ts';
import { fill, notFound, ok, type Handler, type HandlerContext } from './handler.ts';

const FIELDS = ['name', 'events', 'url', 'verify-tls', 'signing-secret', 'scope'];

function webhookValues(context: HandlerContext, record: WebhookRecord): Record<string, unknown> {
  return {
    ...record.fields,
    id: record.id,
    'created-at': context.state.iso(record.createdAt),
    'updated-at': context.state.iso(record.updatedAt),
  };
}

function fieldsOf(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null) return {};
  const given = body as Record<string, unknown>;
  return Object.fromEntries(FIELDS.filter((key) => key in given).map((key) => [key, given[key]]));
}

const webhookOf = (context: HandlerContext): WebhookRecord | undefined =>
  context.state.webhooks.get(context.params['webhook-id'] as string);

/** POST /webhook */
export const createWebhook: Handler = (context) => {
  const { state } = context;
  const record: WebhookRecord = {
    id: state.uuid(),
    createdAt: state.now,
    updatedAt: state.now,
    fields: fieldsOf(context.body),
  };
  state.webhooks.add(record);
  return ok(context, webhookValues(context, record));
};

/** GET /webhook?scope-id=…&scope-type=project: the scope's webhooks, read from its group. */
export const getWebhooks: Handler = (context) => {
  const items = context.state.webhooks
    .group(webhookGroup(context.query['scope-id']))
    .map((w) => fill(context, webhookValues(context, w), { item: true }));
  return ok(context, { items, next_page_token: null });
};

/** GET /webhook/{webhook-id} */
export const getWebhookById: Handler = (context) => {
  const record = webhookOf(context);
  return record === undefined ? notFound('Webhook') : ok(context, webhookValues(context, record));
};

/** PUT /webhook/{webhook-id}: the given fields replace the kept ones (a new scope moves it to that scope's list). */
export const updateWebhook: Handler = (context) => {
  const record = webhookOf(context);
  if (record === undefined) return notFound('Webhook');
  context.state.webhooks.regroup(record, () => {
    record.fields = { ...record.fields, ...fieldsOf(context.body) };
  });
  record.updatedAt = context.state.now;
  return ok(context, webhookValues(context, record));
};

/** DELETE /webhook/{webhook-id} */
export const deleteWebhook: Handler = (context) => {
  const record = webhookOf(context);
  if (record === undefined) return notFound('Webhook');
  context.state.webhooks.delete(record.id);
  return ok(context, { message: 'Webhook deleted.' });
};
