/** Keywords that describe a schema without limiting its values (`$comment` is 3.1's note to the reader). */
const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  '$comment',
  'description',
  'title',
  'example',
  'examples',
  'deprecated',
  'default',
  'externalDocs',
  'xml',
]);

/**
 * Whether a schema keyword only describes the values (an annotation, or an
 * `x-` extension) and limits none of them.
 *
 * @example
 * isAnnotation('description'); // true
 * isAnnotation('maxLength'); // false
 */
export function isAnnotation(key: string): boolean {
  return ANNOTATION_KEYWORDS.has(key) || key.startsWith('x-');
}
