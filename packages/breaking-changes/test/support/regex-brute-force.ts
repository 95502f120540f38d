/** Every string over `alphabet` up to `maxLength` characters, shortest first. */
export function* stringsUpTo(alphabet: readonly string[], maxLength: number): Generator<string> {
  let layer = [''];
  for (let length = 0; length <= maxLength; length++) {
    yield* layer;
    layer = layer.flatMap((prefix) => alphabet.map((char) => prefix + char));
  }
}

/** A string up to `maxLength` long that `sub` matches and `sup` does not (`u` flag), found by trying them all. */
export function bruteCounterexample(
  sub: string,
  sup: string,
  alphabet: readonly string[],
  maxLength = 4,
): string | undefined {
  const left = new RegExp(sub, 'u');
  const right = new RegExp(sup, 'u');
  for (const value of stringsUpTo(alphabet, maxLength)) if (left.test(value) && !right.test(value)) return value;
  return undefined;
}
