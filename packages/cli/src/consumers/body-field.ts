import { parseMatchingRulePath, type PactInteraction } from '@circleci-kit/pact/check-spec';

/** A body field: property names, `*` for any item or any additional property. */
export type FieldPath = readonly string[];

/** Schema keywords a pointer passes through without naming a field. */
const BRANCHES = new Set(['allOf', 'oneOf', 'anyOf']);

/**
 * The body field a schema pointer's tail designates: `properties/a/items/properties/b`
 * is `a.*.b`. Keywords that are not about a child (`enum`, `pattern`, …)
 * end the field; composition branches are passed through.
 *
 * @example
 * fieldOf(['properties', 'items', 'items', 'properties', 'id', 'format']); // ['items', '*', 'id']
 */
export function fieldOf(tokens: readonly string[]): FieldPath {
  const field: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token === 'properties' && i + 1 < tokens.length) field.push(tokens[(i += 1)]!);
    else if (token === 'items' || token === 'additionalProperties') field.push('*');
    else if (BRANCHES.has(token)) i += 1;
    else break;
  }
  return field;
}

/** Whether a JSON value holds something at `field` (`*` reaching into every item or property). */
function holds(value: unknown, field: FieldPath): boolean {
  if (field.length === 0) return value !== undefined;
  if (value === null || typeof value !== 'object') return false;
  const [head, ...rest] = field;
  const children =
    head === '*'
      ? Object.values(value)
      : Object.hasOwn(value, head!)
        ? [(value as Record<string, unknown>)[head!]]
        : [];
  return children.some((child) => holds(child, rest));
}

/**
 * Whether an interaction's response relies on a body field: its example
 * holds a value there, or one of its body matching rules is keyed at the
 * field or below it.
 *
 * @example
 * usesResponseField(interaction, ['login']); // true when the example has `login` or a rule names `$.login`
 */
export function usesResponseField(interaction: PactInteraction, field: FieldPath): boolean {
  const body = interaction.response.body;
  if (body?.encoded === false && holds(body.content, field)) return true;
  // A rule keyed at the field or below it (an index or `*` reads as any item).
  return Object.keys(interaction.response.matchingRules?.body ?? {}).some((key) => {
    const tokens = parseMatchingRulePath(key)?.map((token) => (typeof token === 'number' ? '*' : token));
    return tokens !== undefined && tokens.length >= field.length && field.every((name, i) => tokens[i] === name);
  });
}
