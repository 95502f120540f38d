/**
 * The groups the contexts, schedules and webhooks lists filter on: a
 * record's groups when it is stored, and the group a list request names.
 */
import type { ContextRecord, ScheduleRecord, WebhookRecord } from './records.ts';

// Owner ids and slugs share one store, so each key says which it is.
const ownerIdGroup = (id: string): string => `id:${id}`;
const ownerSlugGroup = (slug: string): string => `slug:${slug}`;

/**
 * The groups of a context: its owner's id and its owner's slug, those given.
 *
 * @example
 * contextGroups({ owner: { id: 'c0ffee…', type: 'organization' }, … }); // → ['id:c0ffee…']
 */
export function contextGroups(record: ContextRecord): string[] {
  const groups: string[] = [];
  const owner = record.owner as ContextRecord['owner'] | undefined;
  if (typeof owner?.id === 'string') groups.push(ownerIdGroup(owner.id));
  if (typeof owner?.slug === 'string') groups.push(ownerSlugGroup(owner.slug));
  return groups;
}

/**
 * The group `GET /context` reads for an `owner-id` or an `owner-slug` (one
 * that no context can be in for a value that is not a string).
 *
 * @example
 * contextGroup('id', query['owner-id']); // → 'id:c0ffee…'
 */
export function contextGroup(by: 'id' | 'slug', value: unknown): string {
  if (typeof value !== 'string') return '';
  return by === 'id' ? ownerIdGroup(value) : ownerSlugGroup(value);
}

/** The group of a schedule: its project's canonical slug. */
export function scheduleGroups(record: ScheduleRecord): string[] {
  return [record.projectSlug];
}

/**
 * The group of a webhook: the id of its scope. A webhook without one is in
 * the group a request without `scope-id` reads, as a filter on
 * `scope.id === scopeId` would give.
 *
 * @example
 * webhookGroups({ fields: { scope: { id: 'f00d…', type: 'project' } }, … }); // → ['f00d…']
 */
export function webhookGroups(record: WebhookRecord): string[] {
  const group = webhookGroup((record.fields.scope as { id?: unknown } | undefined)?.id);
  return group === '' ? [] : [group];
}

/** The group `GET /webhook` reads for a `scope-id` (`''`, which no webhook is in, for one that is not a string). */
export function webhookGroup(scopeId: unknown): string {
  if (scopeId === undefined) return '\u0000';
  return typeof scopeId === 'string' ? `:${scopeId}` : '';
}
