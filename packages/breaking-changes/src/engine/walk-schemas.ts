import type { SchemaObject } from '@circleci-kit/spec-loader';
import type { SchemaNode } from '../rules/rule.js';
import { effectiveSchema } from './effective-schema.js';
import { joinPointer } from './pointer.js';

/** The place where a walk starts: a parameter, a body or a header. */
export type SchemaRoot = Omit<SchemaNode, 'old' | 'new'>;

function childLabel(root: SchemaRoot, path: string): string {
  return path === '' ? root.label : `${root.label} property \`${path}\``;
}

/**
 * Walks two versions of a schema in step (properties present in both,
 * `items`, `additionalProperties`, `oneOf`/`anyOf` by position) and calls
 * `visit` on every pair of nodes. Circular schemas are the same objects seen
 * again: each pair is visited once.
 *
 * @example
 * walkSchemas(oldSchema, newSchema, root, (node) => findings.push(...rule.check(node)));
 */
export function walkSchemas(
  oldSchema: SchemaObject,
  newSchema: SchemaObject,
  root: SchemaRoot,
  visit: (node: SchemaNode) => void,
): void {
  const seen = new WeakMap<SchemaObject, WeakSet<SchemaObject>>();
  const step = (old: SchemaObject, next: SchemaObject, at: SchemaRoot): void => {
    let nexts = seen.get(old);
    if (!nexts) seen.set(old, (nexts = new WeakSet()));
    if (nexts.has(next)) return;
    nexts.add(next);
    const node: SchemaNode = { ...at, old: effectiveSchema(old), new: effectiveSchema(next) };
    visit(node);
    const child = (o: SchemaObject, n: SchemaObject, segments: string[], path: string, extra: Partial<SchemaRoot>) =>
      step(o, n, {
        ...root,
        oldPointer: joinPointer(at.oldPointer, ...segments),
        newPointer: joinPointer(at.newPointer, ...segments),
        path,
        label: childLabel(root, path),
        depth: at.depth + 1,
        ...extra,
      });
    const { old: o, new: n } = node;
    const oldRequired = new Set(o.required ?? []);
    const newRequired = new Set(n.required ?? []);
    for (const [name, schema] of Object.entries(o.properties ?? {})) {
      const twin = n.properties?.[name];
      if (!twin) continue;
      const path = at.path === '' ? name : `${at.path}.${name}`;
      child(schema, twin, ['properties', name], path, {
        required: { old: oldRequired.has(name), new: newRequired.has(name) },
      });
    }
    if (o.items && n.items) child(o.items, n.items, ['items'], `${at.path}[]`, {});
    if (typeof o.additionalProperties === 'object' && typeof n.additionalProperties === 'object') {
      child(o.additionalProperties, n.additionalProperties, ['additionalProperties'], `${at.path}{}`, {});
    }
    for (const key of ['oneOf', 'anyOf'] as const) {
      const olds = o[key] ?? [];
      const news = n[key] ?? [];
      olds.forEach((schema, i) => {
        const twin = news[i];
        if (twin) child(schema, twin, [key, String(i)], at.path, {});
      });
    }
  };
  step(oldSchema, newSchema, root);
}
