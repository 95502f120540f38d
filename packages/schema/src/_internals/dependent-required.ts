/**
 * `dependentRequired` (JSON Schema 2020-12): when the key property is
 * present, its dependents must be too. Read the same way by the converter
 * and by the arbitraries.
 */
import type { Direction, SchemaObject } from '../types.ts';
import { skipsProperty } from './skips-property.ts';

/** Dependents by key property. */
export type Dependencies = ReadonlyMap<string, readonly string[]>;

/**
 * The schema's `dependentRequired` as it applies in one direction. A
 * property that is left out in that direction (`readOnly` in requests,
 * `writeOnly` in responses) is dropped from it, as it is from `required`:
 * as a dependent it is not asked for, and as a key it is never sent. A key
 * left with no dependents is dropped.
 */
export function dependentRequiredIn(schema: SchemaObject, direction: Direction): Dependencies {
  const skipped = (name: string): boolean => {
    const property = schema.properties?.[name];
    return property !== undefined && skipsProperty(property, direction);
  };
  const dependencies = new Map<string, string[]>();
  for (const [key, dependents] of Object.entries(schema.dependentRequired ?? {})) {
    if (skipped(key)) continue;
    const kept = [...new Set(dependents)].filter((name) => name !== key && !skipped(name));
    if (kept.length > 0) dependencies.set(key, kept);
  }
  return dependencies;
}

/** The names that must be present when `present` are: them, their dependents, theirs, and so on. */
export function withDependents(present: Iterable<string>, dependencies: Dependencies): Set<string> {
  const all = new Set<string>();
  const queue = [...present];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (all.has(name)) continue;
    all.add(name);
    queue.push(...(dependencies.get(name) ?? []));
  }
  return all;
}

/**
 * The object with every key whose dependents are not all present left out,
 * again until none is (leaving one out can leave another short), except the
 * keys in `keep`, and with the keys in `present` counted as present. The
 * caller sees to it that the kept keys have their dependents.
 */
export function dropUnmetKeys(
  value: Record<string, unknown>,
  dependencies: Dependencies,
  keep: ReadonlySet<string>,
  present: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  if (dependencies.size === 0) return value;
  const out = { ...value };
  const has = (name: string): boolean => Object.hasOwn(out, name) || present.has(name);
  for (let changed = true; changed;) {
    changed = false;
    for (const [key, dependents] of dependencies) {
      if (keep.has(key) || !Object.hasOwn(out, key) || dependents.every(has)) continue;
      delete out[key];
      changed = true;
    }
  }
  return out;
}
