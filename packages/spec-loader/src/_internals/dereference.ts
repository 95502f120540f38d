import { getAtPointer, isObject, isRef, refToPointer } from './json-pointer.js';

const LITERAL_KEYS = new Set(['example', 'default', 'enum']);

/**
 * Replaces, in place, every local `$ref` of a document by the object it
 * points at. Each target is one shared object: two refs to one schema give
 * the same instance, and a recursive schema becomes a cycle in the object
 * graph (never expanded forever). Anything that walks the result must keep a
 * set of visited objects. Refs that point at nothing, or leave the document,
 * are left as they are (validation reports them).
 */
export function dereference(document: Record<string, unknown>): void {
  const targets = new Map<string, unknown>();
  const visited = new Set<object>();

  const resolve = (ref: string, chain: Set<string>): unknown => {
    if (targets.has(ref)) return targets.get(ref);
    const pointer = refToPointer(ref);
    if (pointer === undefined || chain.has(ref)) return undefined;
    chain.add(ref);
    let target = getAtPointer(document, pointer);
    if (isRef(target)) target = resolve(target.$ref, chain);
    if (target === undefined) return undefined;
    targets.set(ref, target);
    walk(target);
    return target;
  };

  const replace = (value: unknown): unknown => {
    if (!isRef(value)) {
      walk(value);
      return value;
    }
    return resolve(value.$ref, new Set()) ?? value;
  };

  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || visited.has(node)) return;
    visited.add(node);
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) node[index] = replace(node[index]);
      return;
    }
    if (!isObject(node)) return;
    for (const key of Object.keys(node)) {
      if (!LITERAL_KEYS.has(key)) node[key] = replace(node[key]);
    }
  };

  walk(document);
}
