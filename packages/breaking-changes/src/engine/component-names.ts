import type { LoadedSpec, SchemaObject } from '@circleci-kit/spec-loader';

/** Component name of each schema object of every document registered so far. */
const names = new WeakMap<object, string>();
const registered = new WeakSet<object>();

/**
 * Notes the name of every schema under `components.schemas` of a loaded
 * spec. A dereferenced document shares one object per component, so a
 * schema reached through any `$ref` is that same object, and its name is
 * found by identity. Each document is read once.
 *
 * @example
 * registerComponentNames(spec);
 * componentName(spec.operations.get('getPipelineById')!.responses['200']!.content['application/json']!.schema!); // 'Pipeline'
 */
export function registerComponentNames(spec: LoadedSpec): void {
  const { document } = spec;
  if (registered.has(document)) return;
  registered.add(document);
  const components = document['components'] as { schemas?: Record<string, unknown> } | undefined;
  for (const [name, schema] of Object.entries(components?.schemas ?? {})) {
    if (typeof schema === 'object' && schema !== null && !names.has(schema)) names.set(schema, name);
  }
}

/** The `components.schemas` name of a schema object, when it is one (see `registerComponentNames`). */
export function componentName(schema: SchemaObject): string | undefined {
  return names.get(schema);
}
