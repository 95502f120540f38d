/**
 * Pair shapes the rule catalogue does not yet judge soundly. The property
 * leaves them out (and counts them) so that it holds every other rule to
 * the oracle; each entry names a pair it covers.
 */
import type { SchemaPair } from './schema-pairs.js';

type Props = Record<string, Record<string, unknown>>;

const propsOf = (schema: Record<string, unknown>): Props => (schema['properties'] as Props | undefined) ?? {};

/** Names listed in `required` with no property of that name. */
function requiresUndeclared(schema: Record<string, unknown>): boolean {
  const props = propsOf(schema);
  return ((schema['required'] as string[] | undefined) ?? []).some((name) => props[name] === undefined);
}

/** The known gaps, each with a predicate over a pair. */
export const KNOWN_GAPS: ReadonlyArray<{ name: string; matches: (pair: SchemaPair) => boolean }> = [
  {
    // { additionalProperties: true } → { additionalProperties: { type: 'integer' } } (request),
    // { additionalProperties: false } → { additionalProperties: { type: 'integer' } } (response).
    name: 'additionalProperties changed to or from a schema',
    matches: (pair) => pair.edits.some((edit) => edit.startsWith('additional-properties@')),
  },
  {
    // { properties: {}, additionalProperties: false } → { properties: { c: { type: 'string' } }, additionalProperties: false }:
    // a response may now hold `c`, which the old schema refused.
    name: 'response property added where additionalProperties refuses it',
    matches: (pair) => {
      const extra = (pair.old as Record<string, unknown>)['additionalProperties'];
      return (
        extra === false || (typeof extra === 'object' && pair.edits.some((edit) => edit.startsWith('property-added@')))
      );
    },
  },
  {
    // { type: 'integer' } → { type: 'string', enum: ['x'] }: a type change that also adds or drops an enum.
    name: 'type changed',
    matches: (pair) => pair.edits.some((edit) => edit.startsWith('type-changed@')),
  },
  {
    // { b: { type: 'boolean', writeOnly: true } } → { b: { type: 'boolean' } }: `b` appears in responses.
    name: 'readOnly or writeOnly added or removed',
    matches: (pair) => pair.edits.some((edit) => edit.startsWith('access@')),
  },
  {
    // { properties: {}, required: [] } → { properties: {}, required: ['a'] }: `a` is now required in requests.
    name: 'a required name without a property',
    matches: (pair) =>
      requiresUndeclared(pair.new as Record<string, unknown>) ||
      Object.values(propsOf(pair.old as Record<string, unknown>)).some(
        (p) => p['readOnly'] === true || p['writeOnly'] === true,
      ),
  },
];

/** The name of the first known gap a pair falls under, if any. */
export function knownGap(pair: SchemaPair): string | undefined {
  return KNOWN_GAPS.find((gap) => gap.matches(pair))?.name;
}
