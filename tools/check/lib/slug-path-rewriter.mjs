// Turns the runner's paths into paths Prism can route.
import { createRouter, decodePathSegment, toOperationTable } from '../../../packages/core-client/dist/src/index.js';

/**
 * @typedef {object} RewrittenPath
 * @property {string | undefined} operationId the operation the path and method route to, if any
 * @property {string} path the path to send to Prism (no API base): every multi-segment slug as one `%2F`-joined segment
 * @property {boolean} decodable false when a path segment holds a malformed or non-UTF-8 percent escape
 *   (Prism 5 throws `URIError: URI malformed` on those and exits)
 */

/**
 * A function that routes a request path (relative to the API base, still
 * percent-encoded, no query) with core-client's slug-aware router, and
 * rewrites the raw segments a slug parameter spans (`gh/org/repo`) into one
 * segment (`gh%2Forg%2Frepo`), since Prism routes `{project-slug}` as one
 * segment. The template tells where the slug sits; the other segments are
 * kept byte for byte.
 *
 * @param {import('../../../packages/spec-loader/dist/src/index.js').LoadedSpec} spec a loaded spec
 * @returns {(method: string, path: string) => RewrittenPath}
 * @example
 * const rewrite = slugPathRewriter(await loadSpec(specPath));
 * rewrite('POST', '/project/gh/org/repo/pipeline');
 * // { operationId: 'triggerPipeline', path: '/project/gh%2Forg%2Frepo/pipeline', decodable: true }
 */
export function slugPathRewriter(spec) {
  const router = createRouter(Object.values(toOperationTable(spec.operations)));
  return (method, path) => {
    const raw = path.split('/').slice(1);
    const decodable = raw.every((segment) => decodePathSegment(segment) !== undefined);
    const match = router.match(method.toUpperCase(), path);
    if (match.kind !== 'found') return { operationId: undefined, path, decodable };
    const operation = match.operation;
    const template = operation.path.split('/').slice(1);
    const slugs = new Set(operation.parameters.path.filter((p) => p.slug).map((p) => `{${p.name}}`));
    const at = template.findIndex((segment) => slugs.has(segment));
    const extra = raw.length - template.length;
    if (at < 0 || slugs.size !== 1 || extra < 0) return { operationId: operation.id, path, decodable };
    const joined = [...raw.slice(0, at), raw.slice(at, at + extra + 1).join('%2F'), ...raw.slice(at + extra + 1)];
    return { operationId: operation.id, path: `/${joined.join('/')}`, decodable };
  };
}
