import { appendPointer, type JsonValue, type SchemaObject } from '@circleci-kit/spec-loader';
import { isAnnotation } from '../../engine/annotations.ts';
import type { Finding, SchemaNode } from '../rule.ts';

/** Enum values only in the old version and only in the new one (both must have an enum). */
export function enumDelta(node: SchemaNode): { removed: JsonValue[]; added: JsonValue[] } {
  const { enum: before } = node.old;
  const { enum: after } = node.new;
  if (!before || !after) return { removed: [], added: [] };
  const key = (value: JsonValue) => JSON.stringify(value);
  const afterKeys = new Set(after.map(key));
  const beforeKeys = new Set(before.map(key));
  return {
    removed: before.filter((value) => !afterKeys.has(key(value))),
    added: after.filter((value) => !beforeKeys.has(key(value))),
  };
}

/** Property names only in the old version and only in the new one. */
export function propertyDelta(node: SchemaNode): { removed: string[]; added: string[] } {
  const before = Object.keys(node.old.properties ?? {});
  const after = Object.keys(node.new.properties ?? {});
  return {
    removed: before.filter((name) => !node.new.properties?.[name]),
    added: after.filter((name) => !node.old.properties?.[name]),
  };
}

/** Whether the schema lists `name` as required. */
export function requiredIn(schema: SchemaObject, name: string): boolean {
  return schema.required?.includes(name) ?? false;
}

/** The label of one property under a node, e.g. ``response 200 property `workflow` ``. */
export function propLabel(node: SchemaNode, name: string): string {
  const path = node.path === '' ? name : `${node.path}.${name}`;
  return `${node.label.replace(/ property `[^`]*`$/, '')} property \`${path}\``;
}

/** A finding about one property that exists only on one side (`old` or `new`). */
export function propertyFinding(node: SchemaNode, name: string, side: 'old' | 'new', message: string): Finding {
  return {
    message,
    old: side === 'old' ? appendPointer(node.oldPointer, 'properties', name) : null,
    new: side === 'new' ? appendPointer(node.newPointer, 'properties', name) : null,
    subjects: [name],
  };
}

/** Whether a schema (or its absence) allows any value: missing, `{}`, or only annotations. */
export function unconstrained(schema: SchemaObject | undefined): boolean {
  if (schema === undefined) return true;
  return Object.keys(schema).every(isAnnotation);
}

/** Whether an array schema refuses repeated items: `uniqueItems: true` (`false` and no `uniqueItems` say the same). */
export function unique(schema: SchemaObject): boolean {
  return schema.uniqueItems === true;
}
