/**
 * The generic resource operations: create, list, read, update and delete
 * of the kinds `deriveResourceModel` finds (orgs, projects, groups, URL orb
 * allow-list entries, context restrictions, usage exports, pipeline
 * definitions, triggers, policy decisions), and settings documents (OIDC
 * claims, decision settings, project settings).
 */
import { parseOrgSlug, parseProjectSlug, UUID_PATTERN } from '@circleci-kit/slug';
import { fitsField } from '../_internals/fits.ts';
import { echoBody, mergeSent } from '../echo/echo-body.ts';
import { normalName } from '../echo/echo-rules.ts';
import { pageOf } from '../pagination.ts';
import type { ResourceRole } from '../resources/resource-model.ts';
import type { ResourceEntry } from '../resources/resource-store.ts';
import { requestedPageSize } from '../_internals/requested-page-size.ts';
import { badRequest, fill, notFound, type Handler, type HandlerContext, type HandlerResult } from './handler.ts';

/** Kinds that exist before they are created: any org or project slug names one, until it is deleted. */
const OPEN_KINDS: ReadonlySet<string> = new Set(['organization', 'project']);

const TIMESTAMPS = ['created_at', 'created-at', 'updated_at', 'updated-at'];

/** The success body of the operation (or its list item) with the kept values its schema takes written over it. */
const render = (context: HandlerContext, values: Record<string, unknown>, options: { item?: boolean } = {}) =>
  fill(context, values, { ...options, fitting: true });

const answer = (context: HandlerContext, body: unknown): HandlerResult => ({
  status: context.catalog.success(context.operation).status,
  body,
});

/** An org named by slug or id, as the id of the org kept for it when there is one. */
function ownerKey(context: HandlerContext, name: string, value: unknown): string {
  const text = String(value);
  if (!/org/i.test(name)) return text;
  return context.state.resources.find('organization', text)?.id ?? text;
}

/** A path template with the request's (canonical) parameter values in it. */
function concrete(context: HandlerContext, template: string): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => ownerKey(context, name, context.params[name]));
}

/** The org a request names by its `org-slug-or-id`, if it is kept. */
const orgOf = (context: HandlerContext): ResourceEntry | undefined => {
  const value = context.params['org-slug-or-id'];
  return typeof value === 'string' ? context.state.resources.find('organization', value) : undefined;
};

/**
 * A name as a slug segment: characters a slug cannot hold become `-`
 * (CircleCI's own names never have them; generated ones may).
 */
const segmentOf = (name: unknown, fallback: string): string =>
  (typeof name === 'string' || typeof name === 'number' ? String(name) : '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '') || fallback;

/** The canonical form of a slug made from names, or `fallback` when the names cannot make one. */
function canonical<T extends string | undefined>(make: () => string, fallback: T): string | T {
  try {
    return make();
  } catch {
    return fallback;
  }
}

/** Fields a kind's new entry gets from where it is created, and its slug. */
function identity(
  context: HandlerContext,
  kind: string,
  id: string,
  sent: Record<string, unknown>,
): {
  slug: string | undefined;
  fields: Record<string, unknown>;
} {
  if (kind === 'organization') {
    const vcs = sent['vcs_type'] === 'circleci' ? 'circleci' : sent['vcs_type'] === 'bitbucket' ? 'bb' : 'gh';
    const slug =
      vcs === 'circleci'
        ? `circleci/${id}`
        : canonical(() => parseOrgSlug(`${vcs}/${segmentOf(sent['name'], 'org')}`).slug, `${vcs}/org`);
    return { slug, fields: { slug } };
  }
  if (kind === 'project') {
    const org = orgOf(context);
    const given = String(context.params['org-slug-or-id']);
    const orgId = org?.id ?? (UUID_PATTERN.test(given) ? given.toLowerCase() : undefined);
    const orgSlug = org?.slug ?? (UUID_PATTERN.test(given) ? `circleci/${orgId}` : given);
    const name = String(sent['name']);
    const slug = canonical(
      () =>
        parseProjectSlug(
          orgSlug.startsWith('circleci/') ? `${orgSlug}/${id}` : `${orgSlug}/${segmentOf(name, 'project')}`,
        ).slug,
      `${orgSlug}/${id}`,
    );
    const orgName = org?.fields['name'];
    return {
      slug,
      fields: {
        slug,
        name,
        organization_slug: orgSlug,
        ...(orgId === undefined ? {} : { organization_id: orgId }),
        ...(typeof orgName === 'string' ? { organization_name: orgName } : {}),
      },
    };
  }
  return { slug: undefined, fields: {} };
}

function create(context: HandlerContext, kind: string, collection: string): HandlerResult {
  const { state } = context;
  const id = state.uuid();
  const sent = (context.body ?? {}) as Record<string, unknown>;
  const body = context.catalog.template(context.operation);
  echoBody(body, sent, context.catalog.success(context.operation).schema);
  const { slug, fields } = identity(context, kind, id, sent);
  const declared = context.catalog.success(context.operation).schema?.properties ?? {};
  const values: Record<string, unknown> = { ...fields };
  for (const key of Object.keys(declared)) {
    const name = normalName(key);
    if (name === 'id' || name === `${kind}id`) values[key] = id;
    if (TIMESTAMPS.includes(key)) values[key] = state.iso();
  }
  for (const [key, value] of Object.entries(values)) {
    const property = declared[key];
    if (property !== undefined && fitsField(property, value)) body[key] = value;
  }
  const entry: ResourceEntry = {
    id,
    kind,
    collection: concrete(context, collection),
    slug,
    fields: { ...sent, ...body, ...values, id },
  };
  state.resources.add(entry);
  return answer(context, body);
}

function list(context: HandlerContext, collection: string): HandlerResult {
  const entries = context.state.resources.list(concrete(context, collection));
  const schema = context.catalog.success(context.operation).schema;
  const renderItem = (entry: ResourceEntry) => render(context, entry.fields, { item: true });
  if (schema?.type === 'array') return answer(context, entries.map(renderItem));
  const paged = context.operation.parameters.query.some((p) => p.name === 'page-token');
  const token = context.query['page-token'];
  const page = paged
    ? pageOf(
        entries,
        typeof token === 'string' ? token : undefined,
        requestedPageSize(context.query, context.pageSize),
        `resources:${collection}`,
      )
    : { items: entries, next_page_token: null };
  if (page === undefined) return badRequest('invalid page-token: pass the next_page_token of a previous page');
  return answer(
    context,
    render(context, {
      items: page.items.map(renderItem),
      next_page_token: page.next_page_token,
      total_count: entries.length,
    }),
  );
}

/** The entry a read, update or delete names; `open` when the kind is open and the key never deleted. */
function target(context: HandlerContext, kind: string, parameter: string): ResourceEntry | 'open' | undefined {
  const key = String(context.params[parameter]);
  const entry = context.state.resources.find(kind, key);
  if (entry !== undefined) return entry;
  return OPEN_KINDS.has(kind) && !context.state.resources.isGone(kind, key) ? 'open' : undefined;
}

function item(context: HandlerContext, role: Extract<ResourceRole, { parameter: string }>): HandlerResult {
  const found = target(context, role.kind, role.parameter);
  if (found === undefined) return notFound(role.label.charAt(0).toUpperCase() + role.label.slice(1));
  const { resources } = context.state;
  if (role.role === 'delete') {
    if (found === 'open') resources.bury(role.kind, String(context.params[role.parameter]));
    else resources.remove(found);
    return answer(context, render(context, found === 'open' ? {} : found.fields));
  }
  if (found === 'open') return answer(context, context.catalog.template(context.operation));
  if (role.role === 'update') {
    found.fields = mergeSent(found.fields, context.body ?? {}) as Record<string, unknown>;
    for (const key of ['updated_at', 'updated-at']) if (key in found.fields) found.fields[key] = context.state.iso();
  }
  return answer(context, render(context, found.fields));
}

function settings(
  context: HandlerContext,
  role: 'settings-read' | 'settings-update' | 'settings-delete',
  path: string,
): HandlerResult {
  const key = concrete(context, path);
  const { settings: kept } = context.state.resources;
  let document = kept.get(key) ?? context.catalog.template(context.operation);
  if (role === 'settings-update') {
    document = mergeSent(document, context.body ?? {}) as Record<string, unknown>;
    for (const field of Object.keys(context.body ?? {})) {
      if (`${field}_updated_at` in document) document[`${field}_updated_at`] = context.state.iso();
    }
    kept.set(key, document);
  } else if (role === 'settings-delete') {
    const named = context.query['claims'];
    for (const field of Array.isArray(named) ? named : typeof named === 'string' ? named.split(',') : []) {
      delete document[String(field)];
      delete document[`${String(field)}_updated_at`];
    }
    kept.set(key, document);
  }
  return answer(context, render(context, document));
}

/** A project created by its path (`POST /project/{provider}/{organization}/{project}`): kept, answered with its settings. */
function createNamed(context: HandlerContext, kind: string): HandlerResult {
  const path = [context.params['provider'], context.params['organization'], context.params['project']].join('/');
  // A path that makes no project slug (`circleci/` with a name where an id belongs) is answered but not kept.
  const slug = canonical(() => parseProjectSlug(path).slug, undefined);
  if (slug !== undefined && context.state.resources.find(kind, slug) === undefined) {
    const id = context.state.uuid();
    const name = slug.slice(slug.lastIndexOf('/') + 1);
    context.state.resources.add({ id, kind, collection: `/${kind}`, slug, fields: { id, slug, name } });
  }
  return answer(context, context.catalog.template(context.operation));
}

/**
 * The handler of one generic resource operation.
 *
 * @example
 * const handler = resourceHandler({ role: 'read', kind: 'group', parameter: 'group_id', slug: undefined });
 */
export function resourceHandler(role: ResourceRole): Handler {
  switch (role.role) {
    case 'create':
      return (context) => create(context, role.kind, role.collection);
    case 'list':
      return (context) => list(context, role.collection);
    case 'read':
    case 'update':
    case 'delete':
      return (context) => item(context, role);
    case 'create-named':
      return (context) => createNamed(context, role.kind);
    case 'settings-read':
    case 'settings-update':
    case 'settings-delete':
      return (context) => settings(context, role.role, role.path);
  }
}
