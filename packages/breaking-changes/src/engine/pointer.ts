/** Escapes one JSON pointer segment (`~` → `~0`, `/` → `~1`). */
export function escapePointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Appends segments to a JSON pointer.
 *
 * @example
 * joinPointer('/paths/~1me/get', 'responses', '200'); // '/paths/~1me/get/responses/200'
 */
export function joinPointer(base: string, ...segments: Array<string | number>): string {
  return segments.reduce<string>((pointer, segment) => `${pointer}/${escapePointerSegment(String(segment))}`, base);
}

/** Reads the value at a JSON pointer, or `undefined` when a segment is missing. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
