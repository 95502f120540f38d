/**
 * Writes what a create or update sent into its answer: a field the answer
 * shares with the request body holds the sent value.
 */
import type { SchemaObject } from '@circleci-kit/spec-loader';
import { fitsField } from '../_internals/fits.ts';

/**
 * Request body fields an answer does not repeat, with the reason: CircleCI
 * shows only the last four characters of an environment variable's value.
 */
export const NOT_ECHOED: ReadonlyMap<string, string> = new Map([
  ['value', 'an environment variable value is answered masked (`xxxx1234`)'],
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `sent` over `kept`: objects merged key by key, anything else replaced. */
export function mergeSent(kept: unknown, sent: unknown): unknown {
  if (!isRecord(kept) || !isRecord(sent)) return sent;
  const merged: Record<string, unknown> = { ...kept };
  for (const [key, value] of Object.entries(sent)) merged[key] = mergeSent(kept[key], value);
  return merged;
}

/**
 * For each top-level field of the request body that the answer's schema
 * declares (and {@link NOT_ECHOED} does not list), writes the sent value
 * (merged into the answer's object for object fields) where the field's
 * schema takes it: `createOrganization` with `vcs_type: circleci` answers
 * `vcs_type: circleci`.
 *
 * @example
 * echoBody(answer, { name: 'deploy', vcs_type: 'circleci' }, createOrganizationSchema);
 */
export function echoBody(answer: unknown, sent: unknown, schema: SchemaObject | undefined): void {
  if (!isRecord(answer) || !isRecord(sent) || schema?.properties === undefined) return;
  for (const [key, value] of Object.entries(sent)) {
    const field = schema.properties[key];
    if (field === undefined || NOT_ECHOED.has(key)) continue;
    const merged = mergeSent(answer[key], value);
    if (fitsField(field, merged)) answer[key] = merged;
  }
}
