import type { Rewrite } from '../types.ts';
import { escapePointerToken } from '../json-pointer.ts';
import { isObject, isRef, resolveRef } from './json-pointer.ts';

/**
 * Puts a copy of its target in the place of every Path Item `$ref` under
 * `paths` and `webhooks` (3.1's `components.pathItems`), with the ref's own
 * `summary` and `description` over the target's, and returns what it
 * replaced. Each route gets its own copy, because the parameter rewrites that
 * follow depend on the route; the schemas inside stay refs, shared as usual.
 * A ref that points at nothing is left for validation to report.
 */
export function inlinePathItemRefs(document: Record<string, unknown>): Rewrite[] {
  const rewrites: Rewrite[] = [];
  for (const container of ['paths', 'webhooks'] as const) {
    const items = document[container];
    if (!isObject(items)) continue;
    for (const [name, item] of Object.entries(items)) {
      if (!isRef(item)) continue;
      const pointer = `/${container}/${escapePointerToken(name)}`;
      const [target, at] = resolveRef(document, item, pointer);
      if (!isObject(target)) continue;
      const { $ref: _ref, ...overrides } = item as Record<string, unknown>;
      items[name] = { ...structuredClone(target), ...overrides };
      rewrites.push({ kind: 'path-item-ref', pointer, message: `path item ${at} copied in place of its $ref` });
    }
  }
  return rewrites;
}
