import { appendPointer } from '@circleci-kit/spec-loader';
import type { Finding, SchemaNode } from '../rule.ts';
import { propLabel, propertyDelta, requiredIn } from './schema-facts.ts';

/** One property and the names that `dependentRequired` made (or stopped making) required when it is present. */
export interface DependentMove {
  /** The property whose presence requires the others. */
  name: string;
  /** The names it requires in one version only. */
  needs: string[];
}

/**
 * The dependencies only one version has: `added` are the names the new
 * `dependentRequired` requires beside a property that the old one did not,
 * `removed` the reverse. A name either version requires outright, or a
 * property (on either end of the dependency) that only one version
 * declares, is left to the `required` and property rules: the dependency
 * adds nothing to what they report.
 *
 * @example
 * // old { dependentRequired: {} }, new { dependentRequired: { card: ['billing'] } }
 * dependentMoves(node, 'added'); // [{ name: 'card', needs: ['billing'] }]
 */
export function dependentMoves(node: SchemaNode, which: 'added' | 'removed'): DependentMove[] {
  const [from, to] = which === 'added' ? [node.old, node.new] : [node.new, node.old];
  const { removed, added } = propertyDelta(node);
  const oneSided = new Set([...removed, ...added]);
  const judged = (need: string) => requiredIn(node.old, need) || requiredIn(node.new, need) || oneSided.has(need);
  return Object.entries(to.dependentRequired ?? {}).flatMap(([name, needs]) => {
    if (oneSided.has(name)) return [];
    const before = new Set(from.dependentRequired?.[name] ?? []);
    const moved = needs.filter((need) => !before.has(need) && !judged(need));
    return moved.length === 0 ? [] : [{ name, needs: moved }];
  });
}

/** One finding per dependency only one version has (see {@link dependentMoves}), pointing at its entry. */
export function dependentFindings(
  node: SchemaNode,
  which: 'added' | 'removed',
  says: (needs: string) => string,
): Finding[] {
  const side = which === 'added' ? 'new' : 'old';
  return dependentMoves(node, which).map(({ name, needs }) => {
    const pointer = appendPointer(side === 'new' ? node.newPointer : node.oldPointer, 'dependentRequired', name);
    return {
      message: `${propLabel(node, name)}: ${says(needs.map((need) => `\`${need}\``).join(', '))}`,
      old: side === 'old' ? pointer : null,
      new: side === 'new' ? pointer : null,
      subjects: [name, ...needs],
    };
  });
}
