import type { SchemaObject } from '@circleci-kit/spec-loader';

const caches = {
  request: new WeakMap<SchemaObject, SchemaObject>(),
  response: new WeakMap<SchemaObject, SchemaObject>(),
};

/** The flag that hides a property from one side: clients never send `readOnly` ones nor receive `writeOnly` ones. */
const hiddenBy = { request: 'readOnly', response: 'writeOnly' } as const;

function hidden(property: SchemaObject, flag: 'readOnly' | 'writeOnly'): boolean {
  return property[flag] === true || (property.allOf?.some((part) => part[flag] === true) ?? false);
}

/** `dependentRequired` without the hidden names, on either side of a dependency. */
function dependentsWithout(dependents: Record<string, string[]>, names: ReadonlySet<string>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(dependents)
      .filter(([name]) => !names.has(name))
      .map(([name, needs]) => [name, needs.filter((need) => !names.has(need))]),
  );
}

/**
 * The schema as one side of the exchange sees it: on the request side
 * without its `readOnly` properties, on the response side without its
 * `writeOnly` ones (and without their names in `required` and
 * `dependentRequired`, which OpenAPI applies to the other side only). The
 * same object when nothing is hidden; cached per schema object and side.
 *
 * @example
 * sideSchema({ properties: { id: { type: 'string', readOnly: true } }, required: ['id'] }, 'request'); // { properties: {}, required: [] }
 */
export function sideSchema(schema: SchemaObject, side: 'request' | 'response'): SchemaObject {
  const { properties } = schema;
  if (!properties) return schema;
  const cache = caches[side];
  const hit = cache.get(schema);
  if (hit) return hit;
  const flag = hiddenBy[side];
  let view = schema;
  const names = new Set(Object.keys(properties).filter((name) => hidden(properties[name]!, flag)));
  if (names.size > 0) {
    const kept = Object.fromEntries(Object.entries(properties).filter(([name]) => !names.has(name)));
    view = { ...schema, properties: kept };
    if (schema.required) view.required = schema.required.filter((name) => !names.has(name));
    if (schema.dependentRequired) view.dependentRequired = dependentsWithout(schema.dependentRequired, names);
  }
  cache.set(schema, view);
  return view;
}
