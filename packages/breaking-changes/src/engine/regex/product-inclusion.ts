import { buildSearchNfa } from './build-nfa.ts';
import { LazyDfa, MAX_DFA_STATES } from './lazy-dfa.ts';
import { partitionOf, sampleOf } from './partition.ts';
import { type PatternNode, UnsupportedPattern } from './pattern-ast.ts';

/** The most pairs of states the product may visit before the pair is called undecidable. */
export const MAX_PRODUCT_STATES = 100_000;

/**
 * Whether every value `sub` matches is matched by `sup`: a breadth-first
 * walk of the product of their subset automata, looking for a state where
 * `sub` accepts and `sup` does not. Returns the shortest such value, or
 * `undefined` when there is none. Throws {@link UnsupportedPattern} when an
 * automaton or the product outgrows its bound.
 *
 * @example
 * counterexample(parsePattern('^[a-z]+$'), parsePattern('^[a-c]+$')); // 'd'
 */
export function counterexample(sub: PatternNode, sup: PatternNode): string | undefined {
  const nfaSub = buildSearchNfa(sub);
  const nfaSup = buildSearchNfa(sup);
  const partition = partitionOf([nfaSub, nfaSup]);
  const left = new LazyDfa(nfaSub, partition);
  const right = new LazyDfa(nfaSup, partition);
  const classes = partition.starts.length;
  const startKey = left.start * MAX_DFA_STATES + right.start;
  // For each visited pair, the pair it was reached from and the class read.
  const parents = new Map<number, { from: number; index: number } | null>([[startKey, null]]);
  const queue = [startKey];
  // Breadth first: the loop reads the keys it appends too.
  for (const key of queue) {
    const a = Math.floor(key / MAX_DFA_STATES);
    const b = key % MAX_DFA_STATES;
    if (left.dead(a) || right.universal(b)) continue;
    if (left.accepting(a) && !right.accepting(b)) return spell(parents, key, partition);
    for (let index = 0; index < classes; index++) {
      const next = left.step(a, index) * MAX_DFA_STATES + right.step(b, index);
      if (parents.has(next)) continue;
      if (parents.size >= MAX_PRODUCT_STATES) throw new UnsupportedPattern('the automata would be too large');
      parents.set(next, { from: key, index });
      queue.push(next);
    }
  }
  return undefined;
}

function spell(
  parents: ReadonlyMap<number, { from: number; index: number } | null>,
  key: number,
  partition: Parameters<typeof sampleOf>[0],
): string {
  const chars: string[] = [];
  for (let link = parents.get(key); link; link = parents.get(link.from)) chars.push(sampleOf(partition, link.index));
  return chars.reverse().join('');
}
