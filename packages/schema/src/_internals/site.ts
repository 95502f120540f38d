/**
 * A site: one way to break a schema, as the invalid mode draws it.
 */
import type fc from 'fast-check';
import type { InvalidSample } from '../types.ts';

/** One way to break a schema: the arbitrary and the keyword it breaks at the schema's own level, if any. */
export interface Site {
  arbitrary: fc.Arbitrary<InvalidSample>;
  /** The keyword broken when the violation is at this schema's own value (not below it). */
  rootKeyword?: string;
}

/** Marks a value as breaking `keyword` at the value itself. */
export const here =
  (keyword: string) =>
  (value: unknown): InvalidSample => ({ value, violation: { pointer: '', keyword } });
