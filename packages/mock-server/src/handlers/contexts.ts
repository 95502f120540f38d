/**
 * Contexts and their environment variables: create, list, get, delete, and
 * set (create or update) for variables.
 */
import { contextGroup } from '../state/record-groups.ts';
import type { ContextRecord } from '../state/records.ts';
import { notFound, ok, paged, type Handler, type HandlerContext } from './handler.ts';
import { pagedRecords } from './paged-records.ts';

const contextValues = (context: HandlerContext, record: ContextRecord) => ({
  id: record.id,
  name: record.name,
  created_at: context.state.iso(record.createdAt),
});

const contextOf = (context: HandlerContext): ContextRecord | undefined =>
  context.state.contexts.get(context.params['contextId'] as string);

/** POST /context */
export const createContext: Handler = (context) => {
  const body = (context.body ?? { name: 'context', owner: {} }) as { name: string; owner: ContextRecord['owner'] };
  const record: ContextRecord = {
    id: context.state.uuid(),
    name: body.name,
    owner: body.owner,
    createdAt: context.state.now,
    variables: new Map(),
  };
  context.state.contexts.add(record);
  return ok(context, contextValues(context, record));
};

/**
 * GET /context: every context, of one owner when `owner-id` or `owner-slug`
 * is given, read from that owner's group (the smaller one, narrowed to the
 * other, when both are given).
 */
export const listContexts: Handler = (context) => {
  const ownerId = context.query['owner-id'];
  const ownerSlug = context.query['owner-slug'];
  const { contexts } = context.state;
  let records: readonly ContextRecord[];
  if (ownerId === undefined && ownerSlug === undefined) records = [...contexts.values()];
  else if (ownerId === undefined) records = contexts.group(contextGroup('slug', ownerSlug));
  else if (ownerSlug === undefined) records = contexts.group(contextGroup('id', ownerId));
  else {
    const byId = contextGroup('id', ownerId);
    const bySlug = contextGroup('slug', ownerSlug);
    records =
      contexts.groupSize(byId) <= contexts.groupSize(bySlug)
        ? contexts.group(byId).filter((c) => c.owner.slug === ownerSlug)
        : contexts.group(bySlug).filter((c) => c.owner.id === ownerId);
  }
  const key = `contexts:${String(ownerId)}:${String(ownerSlug)}`;
  return pagedRecords(context, records, key, (c) => contextValues(context, c));
};

/** GET /context/{context_id} */
export const getContext: Handler = (context) => {
  const record = contextOf(context);
  return record === undefined ? notFound('Context') : ok(context, contextValues(context, record));
};

/** DELETE /context/{context_id} */
export const deleteContext: Handler = (context) => {
  const record = contextOf(context);
  if (record === undefined) return notFound('Context');
  context.state.contexts.delete(record.id);
  return ok(context, { message: 'Context deleted.' });
};

const variableValues = (context: HandlerContext, record: ContextRecord, name: string) => {
  const variable = record.variables.get(name)!;
  return {
    variable: variable.variable,
    created_at: context.state.iso(variable.createdAt),
    updated_at: context.state.iso(variable.updatedAt),
    context_id: record.id,
  };
};

/** GET /context/{context_id}/environment-variable */
export const listEnvironmentVariablesFromContext: Handler = (context) => {
  const record = contextOf(context);
  if (record === undefined) return notFound('Context');
  const items = [...record.variables.keys()].sort().map((name) => variableValues(context, record, name));
  return paged(context, items, `context-vars:${record.id}`);
};

/** PUT /context/{context_id}/environment-variable/{env_var_name}: creates or updates. */
export const addEnvironmentVariableToContext: Handler = (context) => {
  const record = contextOf(context);
  if (record === undefined) return notFound('Context');
  const name = context.params['envVarName'] as string;
  const { value = '' } = (context.body ?? {}) as { value?: string };
  const known = record.variables.get(name);
  const now = context.state.now;
  record.variables.set(name, { variable: name, value, createdAt: known?.createdAt ?? now, updatedAt: now });
  return { status: 200, body: variableValues(context, record, name) };
};

/** DELETE /context/{context_id}/environment-variable/{env_var_name} */
export const deleteEnvironmentVariableFromContext: Handler = (context) => {
  const record = contextOf(context);
  const name = context.params['envVarName'] as string;
  if (record === undefined) return notFound('Context');
  if (!record.variables.delete(name)) return notFound('Environment variable');
  return ok(context, { message: 'Environment variable deleted.' });
};
