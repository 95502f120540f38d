/** Where the walk is: the reference tokens from the root to the object visited. */
export type WalkPath = readonly (string | number)[];

/**
 * Visits every plain object of a JSON document, depth first, each before its
 * children, with its path as reference tokens. The path is one array that the
 * walk keeps changing: read it (or make it a pointer with `toPointer`) during
 * the visit, never keep it. No pointer string is built unless a visitor asks,
 * which keeps a walk over a large document from allocating one per node.
 *
 * Values under a key in `skip` (literal data such as `example`) are not
 * entered; a visitor that returns `false` skips the object's children. The
 * walk recurses: it is for documents that `checkDepth` has accepted.
 */
export function walkObjects(
  root: unknown,
  skip: ReadonlySet<string>,
  visit: (node: Record<string, unknown>, path: WalkPath) => boolean | void,
): void {
  const path: (string | number)[] = [];
  const enter = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        path.push(index);
        enter(node[index]);
        path.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    if (visit(record, path) === false) return;
    for (const key of Object.keys(record)) {
      if (skip.has(key)) continue;
      path.push(key);
      enter(record[key]);
      path.pop();
    }
  };
  enter(root);
}
