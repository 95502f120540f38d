/**
 * Arithmetic on `multipleOf` steps, tolerant of floating point: 0.05 / 0.01
 * is 5.000000000000001 in binary, and must count as 5.
 */

/**
 * How far a ratio may stray from a whole number and still count as one.
 * The tolerance is absolute: on a very large ratio (past about 10⁷) the
 * error can exceed it, and the answer is then "not whole", which only
 * reports a change that may not be one.
 */
const EPSILON = 1e-9;

/**
 * The whole number `value` is, within floating-point error; `undefined`
 * when it is none.
 *
 * @example
 * whole(0.05 / 0.01); // 5
 */
export function whole(value: number): number | undefined {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) <= EPSILON ? nearest : undefined;
}

/**
 * The greatest common divisor of two whole numbers.
 *
 * @example
 * gcd(12, 18); // 6
 */
export function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * The least common multiple of two steps that are decimals of up to 9
 * places: the step of the numbers both allow (`allOf` of `multipleOf: 2`
 * and `multipleOf: 3` allows the multiples of 6; 0.2 and 0.3 of 0.6).
 * `undefined` when a step is no such decimal.
 *
 * @example
 * stepLcm(0.2, 0.3); // 0.6
 */
export function stepLcm(a: number, b: number): number | undefined {
  for (let scale = 1; scale <= 1e9; scale *= 10) {
    const [scaledA, scaledB] = [whole(a * scale), whole(b * scale)];
    if (scaledA !== undefined && scaledB !== undefined && scaledA > 0 && scaledB > 0) {
      return ((scaledA / gcd(scaledA, scaledB)) * scaledB) / scale;
    }
  }
  return undefined;
}
