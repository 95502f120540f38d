/** Characters tried besides those written in the patterns. */
const COMMON = ['a', 'Z', '0', '_', '-', '.', ' ', '/', '\n'];
const MAX_ALPHABET = 32;

/**
 * A short value (up to two characters, from those the patterns mention and a
 * few common ones) that `sub` matches and `sup` does not, by running both
 * with the `u` flag; `undefined` when none is found or a pattern does not
 * compile. Proves non-inclusion where the automata cannot be built.
 *
 * @example
 * probeCounterexample('', '^(?=x)'); // ''
 */
export function probeCounterexample(sub: string, sup: string): string | undefined {
  const subRegExp = compile(sub);
  const supRegExp = compile(sup);
  if (!subRegExp || !supRegExp) return undefined;
  const alphabet = [...new Set([...Array.from(sub + sup), ...COMMON])].slice(0, MAX_ALPHABET);
  const tries = ['', ...alphabet, ...alphabet.flatMap((first) => alphabet.map((second) => first + second))];
  return tries.find((value) => subRegExp.test(value) && !supRegExp.test(value));
}

function compile(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}
