import { parsePointer } from '../json-pointer.ts';

// The pointer itself (escape, unescape, build, split) lives in `../json-pointer.ts`;
// `toPointer` is re-exported for `check-depth.ts`, which imports it from here.
export { toPointer } from '../json-pointer.ts';

/** Turns a local `$ref` (`#/components/schemas/A`) into a JSON pointer; `undefined` for any other ref. */
export function refToPointer(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
}

/** True for a plain object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a Reference Object (`{ $ref: string }`). */
export function isRef(value: unknown): value is { $ref: string } {
  return isObject(value) && typeof value.$ref === 'string';
}

/**
 * Reads the value at a JSON pointer, following `$ref`s met on the way
 * (at most `maxHops` of them, so a ref loop cannot hang). `undefined` when
 * nothing is there.
 */
export function getAtPointer(root: unknown, pointer: string, maxHops = 64): unknown {
  const tokens = parsePointer(pointer);
  if (tokens === undefined) return undefined;
  let node: unknown = root;
  let hops = 0;
  for (const token of tokens) {
    while (isRef(node) && hops++ < maxHops) {
      const next = refToPointer(node.$ref);
      if (next === undefined || next === pointer) return undefined;
      node = getAtPointer(root, next, maxHops - hops);
    }
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else if (isObject(node) && Object.hasOwn(node, token)) {
      node = node[token];
    } else {
      return undefined;
    }
  }
  return node;
}

/**
 * Follows `$ref`s from `value` (found at `pointer`), a few hops at most, to
 * the object they name and the pointer where it lives: the place a rewrite
 * must change. `[undefined, pointer]` for a `$ref` that is not a local pointer.
 */
export function resolveRef(root: unknown, value: unknown, pointer: string): [unknown, string] {
  let node = value;
  let at = pointer;
  for (let hops = 0; hops < 16 && isRef(node); hops++) {
    const target = refToPointer(node.$ref);
    if (target === undefined) return [undefined, at];
    at = target;
    node = getAtPointer(root, target);
  }
  return [node, at];
}
