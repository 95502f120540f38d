import { ANY, type CharSet } from './char-set.ts';
import { type PatternNode, UnsupportedPattern } from './pattern-ast.ts';

/** One state of an {@link Nfa}. */
export interface NfaState {
  /** Empty moves. */
  readonly empty: number[];
  /** Moves on one character of the set. */
  readonly chars: Array<{ set: CharSet; to: number }>;
  /** Empty moves allowed only before the first character (`^`). */
  readonly atStart: number[];
  /** Empty moves allowed only after the last character (`$`). */
  readonly atEnd: number[];
}

/** A Thompson automaton whose language is the set of values a pattern matches somewhere in. */
export interface Nfa {
  readonly states: readonly NfaState[];
  readonly start: number;
  readonly accept: number;
}

/** The most states an automaton may have before the pattern is called undecidable (`{1,100000}` and the like). */
export const MAX_NFA_STATES = 20_000;

/**
 * Builds the automaton of a pattern as JSON Schema applies it: a search, so
 * any characters may come before and after the match (`abc` is `.*abc.*`
 * over every character), and only `^` and `$` pin it to the ends. Bounded
 * repetition is unrolled; past {@link MAX_NFA_STATES} it throws
 * {@link UnsupportedPattern}.
 *
 * @example
 * const nfa = buildSearchNfa(parsePattern('^a+$'));
 */
export function buildSearchNfa(pattern: PatternNode): Nfa {
  const states: NfaState[] = [];
  const add = (): number => {
    if (states.length >= MAX_NFA_STATES) throw new UnsupportedPattern('the automaton would be too large');
    states.push({ empty: [], chars: [], atStart: [], atEnd: [] });
    return states.length - 1;
  };
  const fragment = (node: PatternNode): { from: number; to: number } => {
    const from = add();
    const to = add();
    switch (node.type) {
      case 'chars':
        states[from]!.chars.push({ set: node.set, to });
        break;
      case 'assert':
        states[from]![node.kind === 'start' ? 'atStart' : 'atEnd'].push(to);
        break;
      case 'seq': {
        let at = from;
        for (const item of node.items) {
          const part = fragment(item);
          states[at]!.empty.push(part.from);
          at = part.to;
        }
        states[at]!.empty.push(to);
        break;
      }
      case 'alt':
        for (const option of node.options) {
          const part = fragment(option);
          states[from]!.empty.push(part.from);
          states[part.to]!.empty.push(to);
        }
        break;
      case 'repeat': {
        let at = from;
        for (let i = 0; i < node.min; i++) {
          const part = fragment(node.node);
          states[at]!.empty.push(part.from);
          at = part.to;
        }
        if (node.max === Infinity) {
          const part = fragment(node.node);
          states[at]!.empty.push(part.from, to);
          states[part.to]!.empty.push(part.from, to);
        } else {
          for (let i = node.min; i < node.max; i++) {
            const part = fragment(node.node);
            states[at]!.empty.push(part.from, to);
            at = part.to;
          }
        }
        states[at]!.empty.push(to);
        break;
      }
    }
    return { from, to };
  };
  const start = add();
  const accept = add();
  const body = fragment(pattern);
  states[start]!.chars.push({ set: ANY, to: start });
  states[start]!.empty.push(body.from);
  states[body.to]!.empty.push(accept);
  states[accept]!.chars.push({ set: ANY, to: accept });
  return { states, start, accept };
}
