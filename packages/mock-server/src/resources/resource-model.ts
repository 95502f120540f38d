/**
 * Which operations create, list, read, update and delete which kind of
 * thing, derived from the spec's paths: a POST to a collection
 * (`/organizations/{org_id}/groups`) creates a kind (`group`) that routes
 * ending `…/groups/{group_id}` read, update and delete.
 */
import { slugParameterKind, type SlugParameterKind } from '@circleci-kit/slug';
import type { OperationInfo } from '@circleci-kit/spec-loader';
import { normalName } from '../echo/echo-rules.ts';

/** What one operation does to the kept resources. */
export type ResourceRole =
  | { role: 'create' | 'list'; kind: string; collection: string }
  | {
      role: 'read' | 'update' | 'delete';
      kind: string;
      /** What a person calls it, for a 404's message: `pipeline definition`. */
      label: string;
      parameter: string;
      slug: SlugParameterKind | undefined;
    }
  | { role: 'settings-read' | 'settings-update' | 'settings-delete'; path: string }
  | { role: 'create-named'; kind: string };

/** Kinds spelled more than one way in the spec's paths: `/org/{orgID}`, `/organizations/{org_id}`. */
const ALIASES: Readonly<Record<string, string>> = {
  org: 'organization',
  projects: 'project',
  organizations: 'organization',
};

/**
 * The kind a path segment names: normal name (`pipeline-definitions` →
 * `pipelinedefinitions`), singular, aliases folded (`org` → `organization`).
 *
 * @example
 * kindOf('pipeline-definitions'); // 'pipelinedefinition'
 */
export function kindOf(segment: string): string {
  const name = normalName(segment);
  if (ALIASES[name] !== undefined) return ALIASES[name];
  return name.endsWith('s') && !name.endsWith('ss') ? name.slice(0, -1) : name;
}

const parameterOf = (segment: string | undefined): string | undefined => /^\{(.+)\}$/.exec(segment ?? '')?.[1];

/**
 * The resource role of every operation that keeps state generically, by
 * operationId (operations in `handled`, which have their own handlers, and
 * `except`, are left out):
 *
 * - a POST to a path ending with a literal is a **create** when that
 *   literal's kind has an item route or a list (so `/pipeline/continue`, an
 *   action, is not); a GET at the same path is its **list**;
 * - a route ending `…/{kind literal}/{parameter}` **reads** (GET),
 *   **updates** (PATCH, PUT) or **deletes** (DELETE) one of that kind;
 * - a path ending with a literal that takes GET and PATCH or PUT but no
 *   POST is a **settings** document (`…/oidc-custom-claims`, `…/settings`);
 * - a POST to a path ending with parameters after a kind literal
 *   (`/project/{provider}/{organization}/{project}`) **creates one named** by them.
 *
 * @example
 * deriveResourceModel(spec.operations.values(), new Set()).get('getGroup');
 * // → { role: 'read', kind: 'group', parameter: 'group_id', slug: undefined }
 */
export function deriveResourceModel(
  operations: Iterable<OperationInfo>,
  handled: ReadonlySet<string>,
  except: ReadonlySet<string> = new Set(),
): Map<string, ResourceRole> {
  const all = [...operations];
  const byPath = new Map<string, OperationInfo[]>();
  for (const operation of all) byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
  const itemKinds = new Set<string>();
  for (const operation of all) {
    const segments = operation.path.split('/');
    const parameter = parameterOf(segments.at(-1));
    const literal = segments.at(-2);
    if (parameter !== undefined && literal !== undefined && parameterOf(literal) === undefined)
      itemKinds.add(kindOf(literal));
  }
  const roles = new Map<string, ResourceRole>();
  const createdKinds = new Set<string>();
  for (const operation of all) {
    if (operation.method !== 'post') continue;
    const last = operation.path.split('/').at(-1)!;
    if (parameterOf(last) !== undefined) continue;
    const kind = kindOf(last);
    const list = byPath.get(operation.path)?.find((o) => o.method === 'get');
    if (!itemKinds.has(kind) && list === undefined) continue;
    createdKinds.add(kind);
    roles.set(operation.operationId, { role: 'create', kind, collection: operation.path });
    if (list !== undefined) roles.set(list.operationId, { role: 'list', kind, collection: operation.path });
  }
  for (const operation of all) {
    const segments = operation.path.split('/');
    const parameter = parameterOf(segments.at(-1));
    const literal = segments.at(-2);
    if (parameter !== undefined && literal !== undefined && parameterOf(literal) === undefined) {
      const kind = kindOf(literal);
      if (!createdKinds.has(kind)) continue;
      const role =
        operation.method === 'get'
          ? 'read'
          : operation.method === 'delete'
            ? 'delete'
            : operation.method === 'patch' || operation.method === 'put'
              ? 'update'
              : undefined;
      if (role !== undefined) {
        const label = kind === 'organization' ? 'organization' : literal.replace(/[-_]/g, ' ').replace(/s$/, '');
        roles.set(operation.operationId, { role, kind, label, parameter, slug: slugParameterKind(parameter) });
      }
    } else if (parameter === undefined) {
      const methods = new Set((byPath.get(operation.path) ?? []).map((o) => o.method));
      const settings = methods.has('get') && (methods.has('patch') || methods.has('put')) && !methods.has('post');
      const role =
        operation.method === 'get'
          ? 'settings-read'
          : operation.method === 'delete'
            ? 'settings-delete'
            : 'settings-update';
      if (settings) roles.set(operation.operationId, { role, path: operation.path });
    } else if (operation.method === 'post') {
      const firstLiteral = segments.find((s) => s !== '' && parameterOf(s) === undefined);
      if (firstLiteral !== undefined && createdKinds.has(kindOf(firstLiteral)))
        roles.set(operation.operationId, { role: 'create-named', kind: kindOf(firstLiteral) });
    }
  }
  for (const id of [...handled, ...except]) roles.delete(id);
  return roles;
}
