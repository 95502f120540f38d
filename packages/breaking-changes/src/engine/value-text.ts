/**
 * A JSON value as a finding names it: a string as it is, anything else as
 * its JSON text (an object or array never as `[object Object]`).
 *
 * @example
 * valueText('queued'); // 'queued'
 * valueText({ at: 1 }); // '{"at":1}'
 */
export function valueText(value: unknown): string {
  if (value === undefined) return 'undefined';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
