/** Escapes one JSON pointer segment (`~` → `~0`, `/` → `~1`). */
export function escapePointerSegment(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Appends segments to a JSON pointer.
 *
 * @example
 * joinPointer('/paths/~1me/get', 'responses', '200'); // '/paths/~1me/get/responses/200'
 */
export function joinPointer(base: string, ...segments: Array<string | number>): string {
  let pointer = base;
  for (const segment of segments) pointer += `/${escapePointerSegment(String(segment))}`;
  return pointer;
}

/** Reads the value at a JSON pointer, or `undefined` when a segment is missing. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    const segment = raw.includes('~') ? raw.replaceAll('~1', '/').replaceAll('~0', '~') : raw;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
