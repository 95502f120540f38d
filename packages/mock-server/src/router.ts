/**
 * The route table of the mock: a segment trie compiled from the spec's
 * operation index, aware of CircleCI's multi-segment slugs.
 */
import type { OperationInfo } from '@circleci-kit/spec-loader';

/** How a path parameter spans the path: one segment, or a slug of several. */
export type SegmentKind = 'segment' | 'project-slug' | 'org-slug';

/** What {@link Router.match} returns for a path and method. */
export type RouteMatch =
  | { kind: 'found'; operation: OperationInfo; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' }
  | { kind: 'bad-encoding'; parameter: string };

/** A compiled route table. */
export interface Router {
  /** Routes a path relative to the API base (`/project/gh/org/repo/pipeline`, no query) and an upper-case method. */
  match(method: string, path: string): RouteMatch;
}

interface Route {
  operation: OperationInfo;
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

/**
 * How a path parameter spans the path, from its name: `project-slug` is
 * `<vcs>/<org>/<project>`, `org-slug`, `owner-slug` and `org-slug-or-id` are
 * `<vcs>/<org>` (or one segment: an id or a `%2F`-encoded slug); every
 * other parameter is one segment.
 *
 * @example
 * segmentKind('project-slug'); // → 'project-slug'
 * segmentKind('pipeline-id'); // → 'segment'
 */
export function segmentKind(name: string): SegmentKind {
  const lower = name.toLowerCase();
  if (lower === 'project-slug' || lower === 'project_slug') return 'project-slug';
  if (lower === 'org-slug' || lower === 'org_slug' || lower === 'owner-slug' || lower === 'org-slug-or-id') {
    return 'org-slug';
  }
  return 'segment';
}

function child(node: Node, kind: 'param' | 'projectSlug' | 'orgSlug'): Node {
  return (node[kind] ??= newNode());
}

function decode(raw: string): string | undefined {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * Compiles the route table from the spec's operations. Matching walks the
 * trie segment by segment, trying a literal segment first, then a
 * one-segment parameter, then a slug (literal `gh/org/repo` over three
 * segments, or one `%2F`-encoded segment); the first route reached that
 * serves the method wins, so `/project/{slug}/pipeline/mine` beats
 * `/project/{slug}/{job-number}/artifacts` and `POST /project/gh/org/repo`
 * reaches `/project/{provider}/{organization}/{project}`.
 *
 * @example
 * const router = compileRouter(spec.operations.values());
 * router.match('GET', '/project/gh/org/repo/pipeline/mine');
 * // → { kind: 'found', operation: listMyPipelines, params: { 'project-slug': 'gh/org/repo' } }
 */
export function compileRouter(operations: Iterable<OperationInfo>): Router {
  const root = newNode();
  const wholeStatic = new Map<string, Node>();
  for (const operation of operations) {
    let node = root;
    const names: string[] = [];
    let allStatic = true;
    for (const part of operation.path.split('/').slice(1)) {
      const param = /^\{(.+)\}$/.exec(part)?.[1];
      if (param === undefined) {
        let next = node.statics.get(part);
        if (next === undefined) node.statics.set(part, (next = newNode()));
        node = next;
        continue;
      }
      allStatic = false;
      names.push(param);
      const kind = segmentKind(param);
      node = child(node, kind === 'segment' ? 'param' : kind === 'project-slug' ? 'projectSlug' : 'orgSlug');
    }
    node.routes.set(operation.method.toUpperCase(), { operation, names });
    if (allStatic) wholeStatic.set(operation.path, node);
  }

  const captures: string[] = [];
  let badEncoding = false;

  /** Depth-first walk; `visit` returns true to stop. */
  function walk(node: Node, segments: string[], index: number, visit: (node: Node) => boolean): boolean {
    if (index === segments.length) return visit(node);
    const raw = segments[index]!;
    const literal = node.statics.get(raw);
    if (literal !== undefined && walk(literal, segments, index + 1, visit)) return true;
    if (raw === '') return false;
    const value = decode(raw);
    if (value === undefined) {
      badEncoding = true;
      return false;
    }
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
        const org = decode(segments[index + 1]!);
        const project = decode(segments[index + 2]!);
        if (org && project) {
          captures.push(`${raw}/${org}/${project}`);
          if (walk(node.projectSlug, segments, index + 3, visit)) return true;
          captures.pop();
        }
      }
    }
    if (node.orgSlug !== undefined) {
      if (VCS.has(raw) && index + 1 < segments.length) {
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

  function found(route: Route, values: readonly string[]): RouteMatch {
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => (params[name] = values[i]!));
    return { kind: 'found', operation: route.operation, params };
  }

  return {
    match(method, path) {
      const fast = wholeStatic.get(path);
      if (fast !== undefined) {
        const route = fast.routes.get(method);
        if (route !== undefined) return { kind: 'found', operation: route.operation, params: {} };
      }
      const segments = path.split('/').slice(1);
      captures.length = 0;
      badEncoding = false;
      let hit: RouteMatch | undefined;
      walk(root, segments, 0, (node) => {
        const route = node.routes.get(method);
        if (route === undefined) return false;
        hit = found(route, captures);
        return true;
      });
      if (hit !== undefined) return hit;
      const allow = new Set<string>();
      walk(root, segments, 0, (node) => {
        for (const verb of node.routes.keys()) allow.add(verb);
        return false;
      });
      if (allow.size > 0) return { kind: 'method-not-allowed', allow: [...allow].sort() };
      if (badEncoding) return { kind: 'bad-encoding', parameter: 'path' };
      return { kind: 'not-found' };
    },
  };
}
