/**
 * Small deterministic number helpers: a 32-bit hash, a unit float from a
 * seed and a counter, uuids drawn from a seeded generator, and uuids derived
 * from a seed, an ordinal and a slot.
 */

/** FNV-1a over a string, mixed with a seed: a 32-bit unsigned integer. */
export function hash32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Mixes integers into a well-spread 32-bit unsigned integer (murmur3 finalizer). */
export function mix(a: number, b: number, c = 0): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35) ^ c) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A float in [0, 1) that depends only on its three integer inputs. */
export function unit(a: number, b: number, c = 0): number {
  return mix(a, b, c) / 0x1_0000_0000;
}

/** A seeded generator of 32-bit unsigned integers (mulberry32). */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

const hex8 = (n: number): string => HEX[n >>> 24]! + HEX[(n >>> 16) & 0xff]! + HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;

/** A version-4 uuid whose bits come from `next`. */
export function uuidFrom(next: () => number): string {
  const a = next();
  const b = next();
  const c = next();
  const d = next();
  const version = ((b >>> 8) & 0x0fff) | 0x4000;
  const variant = ((c >>> 16) & 0x3fff) | 0x8000;
  return `${hex8(a)}-${hex8(b).slice(0, 4)}-${version.toString(16)}-${variant.toString(16)}-${hex8(c).slice(4)}${hex8(d)}`;
}

const hex4 = (n: number): string => HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;

/**
 * A version-4 uuid that depends only on `seed`, `ordinal` and `slot` (0…255):
 * the bits look random, but the ordinal and the slot are kept (masked by the
 * seed) in the last 40 bits, so two different `(ordinal, slot)` pairs never
 * give the same uuid.
 *
 * @example
 * derivedUuid(1, 0, 0) === derivedUuid(1, 0, 0); // → true
 * derivedUuid(1, 0, 0) === derivedUuid(1, 0, 1); // → false
 */
export function derivedUuid(seed: number, ordinal: number, slot: number): string {
  const a = mix(seed, ordinal, slot);
  const b = mix(seed, ordinal, slot + 0x100);
  const tail = (ordinal ^ mix(seed, 0x7e57, 1)) >>> 0;
  const low = (slot ^ mix(seed, 0x7e57, 2)) & 0xff;
  return (
    hex8(a) +
    '-' +
    hex4(b >>> 16) +
    '-' +
    hex4(0x4000 | (b & 0x0fff)) +
    '-' +
    hex4(0x8000 | ((b >>> 12) & 0x3f00) | low) +
    '-' +
    hex4(mix(seed, ordinal, slot + 0x200)) +
    hex8(tail)
  );
}
