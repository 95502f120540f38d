/**
 * Whether two JSON values are equal in structure: same keys, same values,
 * arrays in the same order. Cycles (dereferenced recursive schemas) are
 * handled by taking a pair already under comparison as equal, so two
 * recursive schemas written alike compare equal, and the walk ends.
 *
 * @example
 * sameJson({ type: 'string', enum: ['a'] }, { enum: ['a'], type: 'string' }); // true
 */
export function sameJson(a: unknown, b: unknown): boolean {
  const assumed = new Map<object, Set<object>>();
  const same = (x: unknown, y: unknown): boolean => {
    if (x === y) return true;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    let pairs = assumed.get(x);
    if (pairs?.has(y)) return true;
    if (!pairs) assumed.set(x, (pairs = new Set()));
    pairs.add(y);
    if (Array.isArray(x)) {
      const other = y as unknown[];
      if (x.length !== other.length) return false;
      for (let index = 0; index < x.length; index++) if (!same(x[index], other[index])) return false;
      return true;
    }
    const left = x as Record<string, unknown>;
    const right = y as Record<string, unknown>;
    const keys = Object.keys(left);
    if (keys.length !== Object.keys(right).length) return false;
    for (const key of keys) if (!Object.hasOwn(right, key) || !same(left[key], right[key])) return false;
    return true;
  };
  return same(a, b);
}
