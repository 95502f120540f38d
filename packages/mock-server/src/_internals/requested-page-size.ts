/** The query parameters CircleCI's spec uses for a page size (`listComponents`, `getOrganizationGroups`, …). */
const PAGE_SIZE_PARAMETERS = ['page-size', 'limit'] as const;

/** The largest page a request may ask for. */
export const MAX_PAGE_SIZE = 100;

/**
 * The page size a request asks for through the operation's page-size
 * parameter, held within 1…{@link MAX_PAGE_SIZE}; `fallback` (the server's
 * `pageSize`) when it asks for none or for less than 1. `query` holds only
 * the parameters the operation declares, already read as their schemas say.
 *
 * @example
 * requestedPageSize({ 'page-size': 5 }, 20); // → 5
 * requestedPageSize({ limit: 1000 }, 20); // → 100
 * requestedPageSize({}, 20); // → 20
 */
export function requestedPageSize(query: Record<string, unknown>, fallback: number): number {
  for (const name of PAGE_SIZE_PARAMETERS) {
    const value = query[name];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return Math.min(value, MAX_PAGE_SIZE);
  }
  return fallback;
}
