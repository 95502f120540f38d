/**
 * The route of an operation with its path-parameter names erased, so that
 * `/workflow/{id}` and `/workflow/{workflow-id}` are the same route.
 *
 * @example
 * routeKey('GET', '/workflow/{workflow-id}/job'); // 'get /workflow/{}/job'
 */
export function routeKey(method: string, path: string): string {
  return `${method.toLowerCase()} ${normalizePath(path)}`;
}

/**
 * A path with `{name}` and `:name` parameters written as `{}`, a leading
 * slash, no query string and no trailing slash.
 *
 * @example
 * normalizePath('project/:project-slug/job/:jobnum?x=1'); // '/project/{}/job/{}'
 */
export function normalizePath(path: string): string {
  const bare = path.split('?')[0] ?? '';
  const withSlash = bare.startsWith('/') ? bare : `/${bare}`;
  return withSlash
    .split('/')
    .map((segment) => (/^\{[^}]*\}$/.test(segment) || segment.startsWith(':') ? '{}' : segment))
    .join('/')
    .replace(/(.)\/$/, '$1');
}
