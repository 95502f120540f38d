/**
 * Pair shapes the rule catalogue does not yet judge soundly. The property
 * leaves them out (and counts them) so that it holds every other rule to
 * the oracle; each entry names a pair it covers.
 *
 * Two are left (below): an `allOf` part requiring another part's
 * `readOnly` property, and a `not` beside other keywords. The shapes once
 * listed here are all judged now: `additionalProperties` moves (`request-additional-properties-narrowed`,
 * `response-additional-properties-widened`), properties added where the old
 * schema refused or promised the name (`response-property-added-unexpected`,
 * `request-property-added-narrowed`), `readOnly`/`writeOnly` moves (each side's
 * view turns them into properties added or removed), names required with no
 * property (`request-property-added-required`) and type changes are all judged.
 */
import type { SchemaPair } from './schema-pairs.ts';

type Node = Record<string, unknown>;

/** Whether some object in the schema, the schema itself included, passes `test`. */
function someNode(node: unknown, test: (node: Node) => boolean): boolean {
  if (typeof node !== 'object' || node === null) return false;
  return test(node as Node) || Object.values(node).some((child) => someNode(child, test));
}

/** Whether an `allOf` lists in one part's `required` a property that another part marks `readOnly` or `writeOnly`. */
function requiresAcrossParts(node: Node): boolean {
  const parts = node['allOf'] as Node[] | undefined;
  if (!parts) return false;
  const flagged = new Set(
    parts.flatMap((part) =>
      Object.entries((part['properties'] as Record<string, Node> | undefined) ?? {})
        .filter(([, property]) => property['readOnly'] === true || property['writeOnly'] === true)
        .map(([name]) => name),
    ),
  );
  return parts.some((part) => ((part['required'] as string[] | undefined) ?? []).some((name) => flagged.has(name)));
}

/** Whether a node has a `not` beside other keywords (`{ not: {}, nullable: true }`: only `null`). */
function notWithOthers(node: Node): boolean {
  const keys = Object.keys(node);
  return keys.includes('not') && keys.some((key) => key !== 'not');
}

/** The known gaps, each with a predicate over a pair. */
export const KNOWN_GAPS: ReadonlyArray<{ name: string; matches: (pair: SchemaPair) => boolean }> = [
  {
    // { allOf: [{ properties: { a: { readOnly: true } } }, { required: ['a'] }] } in a request.
    // OpenAPI applies a `required` readOnly property to responses only, and the diff reads the
    // merged schema so; the oracle checks each `allOf` part alone, as JSON Schema does, and so
    // requires `a` in requests. The two readings differ; neither is a rule bug.
    name: 'allOf part requiring a readOnly or writeOnly property of another part',
    matches: (pair) => someNode(pair.old, requiresAcrossParts) || someNode(pair.new, requiresAcrossParts),
  },
  {
    // { items: { not: {}, nullable: true } }: a closed 3.1 tail that the `nullable` edit opened to `null` alone.
    // The rules read `not` only as the schema of no value (`{ not: {} }`, 3.1's `false`); a type compared with
    // a `not` beside other keywords is left undecided, so number → "only null" in a request is not reported.
    name: 'a `not` beside other keywords',
    matches: (pair) => someNode(pair.old, notWithOthers) || someNode(pair.new, notWithOthers),
  },
];

/** The name of the first known gap a pair falls under, if any. */
export function knownGap(pair: SchemaPair): string | undefined {
  return KNOWN_GAPS.find((gap) => gap.matches(pair))?.name;
}
