/** FNV-1a (32 bits) of a string: stable across runs, machines and Node versions. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The seed of one operation's property: the run's seed mixed with the operationId and phase. */
export function seedFor(seed: number, operationId: string, phase: string): number {
  return fnv1a(`${seed >>> 0}:${operationId}:${phase}`) | 0;
}
