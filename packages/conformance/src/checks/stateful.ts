import type { RecordedResponse } from '../interaction.ts';

/** What one step of a stateful flow expects. */
export interface FlowExpectation {
  /** `success`: a 2xx; `gone`: a 404 (the resource was deleted). */
  status: 'success' | 'gone';
  /** A condition on the JSON body, with the words used when it does not hold. */
  body?: { holds: (json: unknown) => boolean; otherwise: string } | undefined;
}

/**
 * `stateful` (pure, one step at a time): the response of a step of a flow
 * (trigger → get by id → get by number → list → workflows → jobs; create →
 * get → delete → get) is what the flow expects at that point. A deleted
 * resource that can still be read fails with "use after free".
 *
 * @example
 * statefulStep('getContext after deleteContext', { status: 'gone' }, response);
 * // 'getContext after deleteContext answered 200: a deleted resource can still be read (use after free)'
 */
export function statefulStep(label: string, expect: FlowExpectation, response: RecordedResponse): string | undefined {
  const ok = response.status >= 200 && response.status < 300;
  if (expect.status === 'gone') {
    if (response.status === 404) return undefined;
    return ok
      ? `${label} answered ${response.status}: a deleted resource can still be read (use after free)`
      : `${label} answered ${response.status}, expected 404`;
  }
  if (!ok) return `${label} answered ${response.status}, expected a 2xx: ${response.body.slice(0, 200)}`;
  if (expect.body !== undefined && !expect.body.holds(response.json)) return `${label}: ${expect.body.otherwise}`;
  return undefined;
}
