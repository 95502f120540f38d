import { getAtPointer, isObject, isRef, refToPointer } from './json-pointer.ts';

const LITERAL_KEYS = new Set(['example', 'default', 'enum']);

/** A place in the document that holds a `$ref`. */
interface RefSite {
  holder: Record<string, unknown> | unknown[];
  key: string | number;
  ref: string;
}

/**
 * Replaces, in place, every local `$ref` of a document by the object it
 * points at. Each target is one shared object: two refs to one schema give
 * the same instance, and a recursive schema becomes a cycle in the object
 * graph (never expanded forever). Anything that walks the result must keep a
 * set of visited objects. Refs that point at nothing, or leave the document,
 * are left as they are (validation reports them).
 *
 * Two passes: the first walks the document while it is still a tree (as
 * parsed) and notes where each ref sits, resolving each distinct ref once;
 * the second puts the targets in place. No set of visited objects is needed,
 * because nothing is replaced until the walk is over.
 */
export function dereference(document: Record<string, unknown>): void {
  const sites: RefSite[] = [];
  const collect = (holder: Record<string, unknown> | unknown[], key: string | number, value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    if (isRef(value)) {
      sites.push({ holder, key, ref: value.$ref });
      return;
    }
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) collect(value, index, value[index]);
      return;
    }
    const record = value as Record<string, unknown>;
    for (const name of Object.keys(record)) {
      if (!LITERAL_KEYS.has(name)) collect(record, name, record[name]);
    }
  };
  for (const name of Object.keys(document)) {
    if (!LITERAL_KEYS.has(name)) collect(document, name, document[name]);
  }

  const targets = new Map<string, unknown>();
  /** The object a ref finally points at, through refs to refs; undefined when it points at nothing or loops. */
  const resolve = (ref: string): unknown => {
    if (targets.has(ref)) return targets.get(ref);
    const chain = new Set<string>();
    let current = ref;
    let target: unknown;
    for (;;) {
      const pointer = refToPointer(current);
      if (pointer === undefined || chain.has(current)) {
        target = undefined;
        break;
      }
      chain.add(current);
      target = getAtPointer(document, pointer);
      if (!isRef(target)) break;
      current = target.$ref;
    }
    targets.set(ref, target);
    return target;
  };

  for (const { holder, key, ref } of sites) {
    const target = resolve(ref);
    if (target === undefined) continue;
    if (Array.isArray(holder)) holder[key as number] = target;
    else if (isObject(holder)) holder[key as string] = target;
  }
}
