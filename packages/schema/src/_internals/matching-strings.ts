/**
 * `fc.stringMatching` arbitraries, built once per pattern and shared.
 * Building one tokenizes the regex and builds an arbitrary for each part,
 * real work that a schema drawn from many times (or many schemas with the
 * same pattern) would otherwise repeat; an arbitrary holds no state, so one
 * instance draws the same values as a fresh one.
 */
import fc from 'fast-check';

const built = new Map<string, fc.Arbitrary<string>>();

/**
 * Strings matching `pattern` (a JavaScript regex source, no flags), drawn
 * at fast-check's `size` (its default when omitted).
 *
 * @example
 * fc.sample(matchingStrings('^[a-z]{2}$'), 1); // ['qe']
 */
export function matchingStrings(pattern: string, size?: fc.SizeForArbitrary): fc.Arbitrary<string> {
  const key = `${String(size)}\u0000${pattern}`;
  let arbitrary = built.get(key);
  if (arbitrary === undefined) {
    arbitrary = fc.stringMatching(new RegExp(pattern), size === undefined ? {} : { size });
    built.set(key, arbitrary);
  }
  return arbitrary;
}

/** The names drawn for properties a schema does not name (`additionalProperties`). */
export const extraPropertyNames = (): fc.Arbitrary<string> => matchingStrings('^[a-z][a-z0-9_]{0,11}$');
