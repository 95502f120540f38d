/**
 * True for a schema no value is valid for: the internal form's `false`
 * schema, `{ not: {} }` (`loadSpec` writes a 3.1 `false` so, and 3.0 may
 * spell it so too). A property with it can't be present; `items` with it
 * end a `prefixItems` tuple; `additionalProperties` with it mean `false`.
 * It lives here, in the layer every reader of schemas past the loader
 * shares (mock-server, pact, codegen), without a run-time tie to the loader.
 *
 * @example
 * admitsNoValue({ not: {} }); // true
 * admitsNoValue({}); // false: every value is valid
 */
export function admitsNoValue(schema: unknown): boolean {
  if (typeof schema !== 'object' || schema === null) return false;
  const not: unknown = (schema as { not?: unknown }).not;
  return typeof not === 'object' && not !== null && !Array.isArray(not) && Object.keys(not).length === 0;
}
