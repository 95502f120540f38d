import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter } from 'yaml';

/**
 * The segments of a JSON Pointer (`/jobs/build/steps/0`, Ajv's `instancePath`), unescaped; `''` has none.
 *
 * @example
 * pointerSegments('/on/workflow~1call'); // ['on', 'workflow/call']
 */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The line (1-based) of a parsed YAML text where the value at `path` is: the line of its key for a
 * mapping's entry, of its item for a sequence's. Where the path leaves the text (a value a merge key
 * brought in, a property that is missing), the line of the last step that is there; the document's first
 * line for the empty path.
 *
 * @example
 * const lines = new LineCounter();
 * const document = parseDocument('version: 2.1\njobs:\n  build:\n    steps: [checkout]\n', { lineCounter: lines });
 * yamlPointerLine(document, lines, ['jobs', 'build', 'steps', '0']); // 4
 */
export function yamlPointerLine(document: Document, lines: LineCounter, path: readonly string[]): number {
  let node: unknown = document.contents;
  let offset = isMap(node) || isSeq(node) || isScalar(node) ? (node.range?.[0] ?? 0) : 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === segment);
      if (pair === undefined) break;
      offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item: unknown = node.items[Number(segment)];
      if (!isMap(item) && !isSeq(item) && !isScalar(item)) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return lines.linePos(offset).line;
}
