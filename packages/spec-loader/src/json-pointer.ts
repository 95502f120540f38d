/**
 * JSON Pointer (RFC 6901): the one home of escaping, unescaping, building
 * and splitting pointers for every package (spec-loader's rewrites and
 * problems, schema's validation issues, conformance's violations, pact's
 * schema pointers, breaking-changes' change locations).
 */

/**
 * Escapes one reference token: `~` becomes `~0`, then `/` becomes `~1`.
 * A token with neither comes back as it is (no copy).
 *
 * @example
 * escapePointerToken('/me'); // '~1me'
 * escapePointerToken('a~b'); // 'a~0b'
 * escapePointerToken(200); // '200'
 */
export function escapePointerToken(token: string | number): string {
  const text = String(token);
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Unescapes one reference token: `~1` becomes `/`, then `~0` becomes `~`
 * (in that order, so `~01` reads `~1`).
 *
 * @example
 * unescapePointerToken('~1me'); // '/me'
 * unescapePointerToken('~01'); // '~1'
 */
export function unescapePointerToken(token: string): string {
  if (!token.includes('~')) return token;
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

/**
 * Builds a JSON pointer from unescaped reference tokens; `''` (the whole
 * document) for none.
 *
 * @example
 * toPointer(['paths', '/me', 'get']); // '/paths/~1me/get'
 */
export function toPointer(tokens: ReadonlyArray<string | number>): string {
  let pointer = '';
  for (const token of tokens) pointer += `/${escapePointerToken(token)}`;
  return pointer;
}

/**
 * Appends unescaped reference tokens to a JSON pointer.
 *
 * @example
 * appendPointer('/paths/~1me/get', 'responses', 200); // '/paths/~1me/get/responses/200'
 */
export function appendPointer(pointer: string, ...tokens: ReadonlyArray<string | number>): string {
  return pointer + toPointer(tokens);
}

/**
 * Splits a JSON pointer into its unescaped reference tokens: `[]` for `''`,
 * `undefined` for text that is not a pointer (it does not start with `/`).
 *
 * @example
 * parsePointer('/paths/~1me/get'); // ['paths', '/me', 'get']
 * parsePointer('paths'); // undefined
 */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer.slice(1).split('/').map(unescapePointerToken);
}

/**
 * The value a JSON pointer designates in `document` (own properties of
 * objects and arrays only; no `$ref` is followed), or `undefined` when a
 * token is missing or the text is not a pointer.
 *
 * @example
 * resolvePointer({ paths: { '/me': { get: 1 } } }, '/paths/~1me/get'); // 1
 * resolvePointer({ items: ['a'] }, '/items/1'); // undefined
 */
export function resolvePointer(document: unknown, pointer: string): unknown {
  const tokens = parsePointer(pointer);
  if (tokens === undefined) return undefined;
  let node = document;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
