import type { CharSet } from './char-set.ts';

/**
 * A parsed pattern, reduced to what decides its language: groups are gone
 * (captures do not change which strings match without back-references), and
 * laziness is dropped (it changes which match is found, not whether one is).
 */
export type PatternNode =
  | { type: 'chars'; set: CharSet }
  | { type: 'seq'; items: PatternNode[] }
  | { type: 'alt'; options: PatternNode[] }
  /** `max` is `Infinity` for `*`, `+` and `{n,}`. */
  | { type: 'repeat'; node: PatternNode; min: number; max: number }
  /** `^` and `$` (no `m` flag: the start and end of the whole value). */
  | { type: 'assert'; kind: 'start' | 'end' };

/** Thrown for syntax whose language this module does not decide (back-references, lookarounds, …). */
export class UnsupportedPattern extends Error {
  override name = 'UnsupportedPattern';
}
