import { has } from './char-set.ts';
import type { Nfa } from './build-nfa.ts';
import type { Partition } from './partition.ts';
import { UnsupportedPattern } from './pattern-ast.ts';

/** The most states one subset automaton may reach before the pair is called undecidable. */
export const MAX_DFA_STATES = 4_000;

interface DfaState {
  readonly members: readonly number[];
  readonly accepting: boolean;
  /** Holds the state after the match: every continuation is accepted. */
  readonly universal: boolean;
  /** Holds no state: no continuation is accepted. */
  readonly dead: boolean;
  readonly next: Int32Array;
}

/**
 * The subset automaton of an {@link Nfa} over the classes of a
 * {@link Partition}, built as it is walked. `^` moves are followed only
 * before the first character; `$` moves only when deciding whether a state
 * accepts, since nothing may be read after them.
 */
export class LazyDfa {
  readonly #nfa: Nfa;
  readonly #partition: Partition;
  readonly #states: DfaState[] = [];
  readonly #ids = new Map<string, number>();

  /** The state before any character is read. */
  readonly start: number;

  constructor(nfa: Nfa, partition: Partition) {
    this.#nfa = nfa;
    this.#partition = partition;
    this.start = this.#intern(this.#closure([nfa.start], true), true);
  }

  /** Whether the values read so far are in the language. */
  accepting(state: number): boolean {
    return this.#states[state]!.accepting;
  }

  /** Whether every value with the prefix read so far is in the language. */
  universal(state: number): boolean {
    return this.#states[state]!.universal;
  }

  /** Whether no value with the prefix read so far is in the language. */
  dead(state: number): boolean {
    return this.#states[state]!.dead;
  }

  /** The state after reading one character of class `index`. */
  step(state: number, index: number): number {
    const current = this.#states[state]!;
    const known = current.next[index]!;
    if (known >= 0) return known;
    const code = this.#partition.starts[index]!;
    const seeds: number[] = [];
    for (const member of current.members) {
      for (const { set, to } of this.#nfa.states[member]!.chars) if (has(set, code)) seeds.push(to);
    }
    const id = this.#intern(this.#closure(seeds, false), false);
    current.next[index] = id;
    return id;
  }

  #intern(members: number[], initial: boolean): number {
    // `^` makes the first state accept differently from a later one with the same members.
    const key = `${initial ? '^' : ''}${members.join(',')}`;
    const known = this.#ids.get(key);
    if (known !== undefined) return known;
    if (this.#states.length >= MAX_DFA_STATES) throw new UnsupportedPattern('the automaton would be too large');
    const { accept } = this.#nfa;
    const id = this.#states.length;
    this.#states.push({
      members,
      accepting: this.#closure(members, initial, true).includes(accept),
      universal: members.includes(accept),
      dead: members.length === 0,
      next: new Int32Array(this.#partition.starts.length).fill(-1),
    });
    this.#ids.set(key, id);
    return id;
  }

  /** The states reachable without reading, sorted. */
  #closure(seeds: readonly number[], atStart: boolean, atEnd = false): number[] {
    const seen = new Set<number>();
    const stack = [...seeds];
    while (stack.length > 0) {
      const state = stack.pop()!;
      if (seen.has(state)) continue;
      seen.add(state);
      const { empty, atStart: starts, atEnd: ends } = this.#nfa.states[state]!;
      stack.push(...empty);
      if (atStart) stack.push(...starts);
      if (atEnd) stack.push(...ends);
    }
    return [...seen].sort((a, b) => a - b);
  }
}
