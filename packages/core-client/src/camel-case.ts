/**
 * The camelCase name of a spec name: `-` and `_` are dropped and the letter
 * after each is upper-cased; everything else keeps its case. The same rule
 * names parameters (`project-slug` → `projectSlug`) and, with a lower-cased
 * first letter, client methods (`GetOrgClaims` → `getOrgClaims`).
 *
 * @example
 * camelCase('page-token'); // 'pageToken'
 * camelCase('context_id'); // 'contextId'
 * camelCase('orgID'); // 'orgID'
 */
export function camelCase(name: string): string {
  return name.replace(/[-_]+([^-_])?/g, (_match, next: string | undefined) => (next ?? '').toUpperCase());
}

/**
 * The client method name of an operationId: its first letter lower-cased.
 *
 * @example
 * methodName('GetOrgClaims'); // 'getOrgClaims'
 */
export function methodName(operationId: string): string {
  const camel = camelCase(operationId);
  return camel.charAt(0).toLowerCase() + camel.slice(1);
}
