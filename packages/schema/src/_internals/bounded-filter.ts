/**
 * A `filter` that gives up. fast-check's own `filter` draws until a value
 * passes, so a predicate that (almost) nothing passes hangs it; this one
 * throws a {@link SchemaError} after {@link MAX_TRIES} misses in a row, and
 * {@link drawsAtAll} tells, when an arbitrary is built, whether it draws.
 */
import fc from 'fast-check';
import { SchemaError } from '../schema-error.ts';

/** Misses in a row after which a bounded filter gives up. */
export const MAX_TRIES = 1000;

/** The seed of the draw {@link drawsAtAll} makes, fixed so that building is deterministic. */
const PROBE_SEED = 0;

class BoundedFilterArbitrary<T> extends fc.Arbitrary<T> {
  private readonly source: fc.Arbitrary<T>;
  private readonly accepts: (value: T) => boolean;
  private readonly giveUp: () => SchemaError;

  constructor(source: fc.Arbitrary<T>, accepts: (value: T) => boolean, giveUp: () => SchemaError) {
    super();
    this.source = source;
    this.accepts = accepts;
    this.giveUp = giveUp;
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const drawn = this.source.generate(mrng, biasFactor);
      if (this.accepts(drawn.value)) return drawn;
    }
    throw this.giveUp();
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return this.source.canShrinkWithoutContext(value) && this.accepts(value);
  }

  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    return this.source.shrink(value, context).filter((shrunk) => this.accepts(shrunk.value));
  }
}

/**
 * The values of `source` that `accepts` takes, as `source.filter(accepts)`,
 * but a draw throws `giveUp()` after {@link MAX_TRIES} misses in a row.
 */
export function boundedFilter<T>(
  source: fc.Arbitrary<T>,
  accepts: (value: T) => boolean,
  giveUp: () => SchemaError,
): fc.Arbitrary<T> {
  return new BoundedFilterArbitrary(source, accepts, giveUp);
}

/**
 * Whether the arbitrary draws a value at a fixed seed, rather than giving up
 * with a {@link SchemaError} (other errors are thrown).
 */
export function drawsAtAll(arbitrary: fc.Arbitrary<unknown>): boolean {
  try {
    fc.sample(arbitrary, { numRuns: 1, seed: PROBE_SEED });
    return true;
  } catch (error) {
    if (error instanceof SchemaError) return false;
    throw error;
  }
}
