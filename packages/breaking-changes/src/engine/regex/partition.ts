import { type CharSet, MAX_CODE_POINT } from './char-set.ts';
import type { Nfa } from './build-nfa.ts';

/**
 * The code points cut into classes that no set of the given automata tells
 * apart: class `i` is `[starts[i], starts[i + 1] - 1]`. A class is either
 * wholly in or wholly out of every set, so its first code point stands for
 * all of it.
 */
export interface Partition {
  readonly starts: readonly number[];
}

/**
 * The coarsest partition that respects every character set of the automata.
 *
 * @example
 * partitionOf([buildSearchNfa(parsePattern('[a-c]'))]).starts; // [0, 0x61, 0x64]
 */
export function partitionOf(automata: readonly Nfa[]): Partition {
  const cuts = new Set<number>([0]);
  for (const { states } of automata) {
    for (const state of states) for (const { set } of state.chars) addCuts(cuts, set);
  }
  return { starts: [...cuts].filter((cut) => cut <= MAX_CODE_POINT).sort((a, b) => a - b) };
}

function addCuts(cuts: Set<number>, set: CharSet): void {
  for (const [from, to] of set) {
    cuts.add(from);
    cuts.add(to + 1);
  }
}

/**
 * One readable character of class `index`, for examples in messages:
 * a lower-case letter, a digit or printable ASCII when the class has one,
 * and never half of a surrogate pair when it can be helped.
 */
export function sampleOf(partition: Partition, index: number): string {
  const from = partition.starts[index]!;
  const to = (partition.starts[index + 1] ?? MAX_CODE_POINT + 1) - 1;
  for (const [lo, hi] of [
    [0x61, 0x7a],
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x21, 0x7e],
    [0x20, 0x20],
  ] as const) {
    if (from <= hi && to >= lo) return String.fromCodePoint(Math.max(from, lo));
  }
  if (from >= 0xd800 && from <= 0xdfff && to > 0xdfff) return String.fromCodePoint(0xe000);
  return String.fromCodePoint(from);
}
