/**
 * The route table of an operation table: a segment trie aware of CircleCI's
 * multi-segment slugs. The inverse of the request builder's path.
 */
import type { OperationSpec, ParameterSpec } from './operation-spec.ts';
import { decodePathSegment } from './path-segment.ts';

/** What {@link Router.match} finds for a method and a path. */
export type RouteMatch =
  | {
      kind: 'found';
      operation: OperationSpec;
      /** Each path parameter's decoded text, by its wire name. */
      path: Record<string, string>;
    }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' }
  | { kind: 'bad-encoding' };

/** A compiled route table. */
export interface Router {
  /**
   * Routes a path relative to the API base (`/project/gh/org/repo/pipeline`:
   * no query, still percent-encoded) and an upper-case method.
   */
  match(method: string, path: string): RouteMatch;
}

interface Route {
  operation: OperationSpec;
  names: string[];
}

interface Node {
  statics: Map<string, Node>;
  param: Node | undefined;
  projectSlug: Node | undefined;
  orgSlug: Node | undefined;
  routes: Map<string, Route>;
}

const newNode = (): Node => ({
  statics: new Map(),
  param: undefined,
  projectSlug: undefined,
  orgSlug: undefined,
  routes: new Map(),
});

/** The VCS spellings a literal slug may start with. */
const VCS = new Set(['gh', 'bb', 'github', 'bitbucket', 'circleci']);

function childKind(parameter: ParameterSpec | undefined): 'param' | 'projectSlug' | 'orgSlug' {
  if (parameter?.slug === 'project') return 'projectSlug';
  if (parameter?.slug === 'org' || parameter?.slug === 'org-or-id') return 'orgSlug';
  return 'param';
}

/**
 * Compiles the route table of some operations. Matching walks the trie
 * segment by segment, trying a literal segment first, then a one-segment
 * parameter, then a slug (literal `gh/org/repo` over three segments, or one
 * `%2F`-encoded segment); the first route reached that serves the method
 * wins, so `/project/{slug}/pipeline/mine` beats
 * `/project/{slug}/{job-number}/artifacts`. Values are decoded segment by
 * segment (`%2E%2E` is the text `..`); dot segments are never resolved, and
 * an empty segment matches no parameter.
 *
 * @example
 * const router = createRouter(Object.values(operations));
 * router.match('GET', '/project/gh/org/repo/pipeline/mine');
 * // → { kind: 'found', operation: operations.listMyPipelines, path: { 'project-slug': 'gh/org/repo' } }
 */
export function createRouter(operations: Iterable<OperationSpec>): Router {
  const root = newNode();
  const wholeStatic = new Map<string, Node>();
  for (const operation of operations) {
    let node = root;
    const names: string[] = [];
    for (const part of operation.path.split('/').slice(1)) {
      const name = /^\{(.+)\}$/.exec(part)?.[1];
      if (name === undefined) {
        let next = node.statics.get(part);
        if (next === undefined) node.statics.set(part, (next = newNode()));
        node = next;
        continue;
      }
      names.push(name);
      const kind = childKind(operation.parameters.path.find((p) => p.name === name));
      node = node[kind] ??= newNode();
    }
    node.routes.set(operation.method, { operation, names });
    if (names.length === 0) wholeStatic.set(operation.path, node);
  }

  const captures: string[] = [];
  let badEncoding = false;

  const decode = (raw: string): string | undefined => {
    const value = decodePathSegment(raw);
    if (value === undefined) badEncoding = true;
    return value;
  };

  /** Depth-first walk; `visit` returns true to stop. */
  function walk(node: Node, segments: string[], index: number, visit: (node: Node) => boolean): boolean {
    if (index === segments.length) return visit(node);
    const raw = segments[index]!;
    const literal = node.statics.get(raw);
    if (literal !== undefined && walk(literal, segments, index + 1, visit)) return true;
    if (raw === '') return false;
    const value = decode(raw);
    if (value === undefined) return false;
    if (node.param !== undefined) {
      captures.push(value);
      if (walk(node.param, segments, index + 1, visit)) return true;
      captures.pop();
    }
    if (node.projectSlug !== undefined) {
      if (value.includes('/')) {
        captures.push(value);
        if (walk(node.projectSlug, segments, index + 1, visit)) return true;
        captures.pop();
      } else if (VCS.has(raw) && index + 2 < segments.length) {
        const org = segments[index + 1] === '' ? undefined : decode(segments[index + 1]!);
        const project = segments[index + 2] === '' ? undefined : decode(segments[index + 2]!);
        if (org && project) {
          captures.push(`${raw}/${org}/${project}`);
          if (walk(node.projectSlug, segments, index + 3, visit)) return true;
          captures.pop();
        }
      }
    }
    if (node.orgSlug !== undefined) {
      if (VCS.has(raw) && index + 1 < segments.length && segments[index + 1] !== '') {
        const org = decode(segments[index + 1]!);
        if (org) {
          captures.push(`${raw}/${org}`);
          if (walk(node.orgSlug, segments, index + 2, visit)) return true;
          captures.pop();
        }
      }
      captures.push(value);
      if (walk(node.orgSlug, segments, index + 1, visit)) return true;
      captures.pop();
    }
    return false;
  }

  /** Clears what the last match left: the captures, and whether a segment failed to decode. */
  function startMatch(): void {
    captures.length = 0;
    badEncoding = false;
  }

  function found(route: Route): RouteMatch {
    const path: Record<string, string> = {};
    route.names.forEach((name, i) => (path[name] = captures[i]!));
    return { kind: 'found', operation: route.operation, path };
  }

  return {
    match(method, path) {
      const fast = wholeStatic.get(path)?.routes.get(method);
      if (fast !== undefined) return { kind: 'found', operation: fast.operation, path: {} };
      const segments = path.split('/').slice(1);
      startMatch();
      let hit: RouteMatch | undefined;
      walk(root, segments, 0, (node) => {
        const route = node.routes.get(method);
        if (route === undefined) return false;
        hit = found(route);
        return true;
      });
      if (hit !== undefined) return hit;
      const allow = new Set<string>();
      walk(root, segments, 0, (node) => {
        for (const verb of node.routes.keys()) allow.add(verb);
        return false;
      });
      if (allow.size > 0) return { kind: 'method-not-allowed', allow: [...allow].sort() };
      return badEncoding ? { kind: 'bad-encoding' } : { kind: 'not-found' };
    },
  };
}
