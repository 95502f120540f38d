/** Where the walk is: the reference tokens from the root to the node visited. */
export type WalkPath = ReadonlyArray<string | number>;

/**
 * Visits every object and array of a JSON document, depth first, each before
 * its children, with its path as reference tokens. The path is one array that
 * the walk keeps changing: read it (or make it a pointer with `toPointer`)
 * during the visit, never keep it. No pointer string is built unless a
 * visitor asks, which keeps a walk over a large document from allocating one
 * per node.
 *
 * Values under a key in `skip` (literal data such as `example`) are not
 * entered; a visitor that returns `false` skips the node's children. The
 * walk recurses: its visitor must stop it at a depth limit (as `checkDepth`
 * does), or the document must be one `checkDepth` accepted.
 */
export function walkJson(
  root: unknown,
  skip: ReadonlySet<string>,
  visit: (node: object, path: WalkPath) => boolean | void,
): void {
  const path: Array<string | number> = [];
  const enter = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (visit(node, path) === false) return;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        path.push(index);
        enter(node[index]);
        path.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (skip.has(key)) continue;
      path.push(key);
      enter(record[key]);
      path.pop();
    }
  };
  enter(root);
}

/** {@link walkJson}, visiting plain objects only (arrays are walked through). */
export function walkObjects(
  root: unknown,
  skip: ReadonlySet<string>,
  visit: (node: Record<string, unknown>, path: WalkPath) => boolean | void,
): void {
  walkJson(root, skip, (node, path) => Array.isArray(node) || visit(node as Record<string, unknown>, path));
}
