import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec, type LoadedSpec } from '../src/index.ts';
import { CURRENT_SPEC, CURRENT_SPEC_YAML } from './support/shared-specs.ts';

/** The operation index without the document's object identity: what a consumer sees. */
function index(spec: LoadedSpec): unknown {
  return [...spec.operations.values()].map((operation) => ({
    ...operation,
    parameters: JSON.stringify(operation.parameters),
    responses: Object.keys(operation.responses),
  }));
}

describe('the current CircleCI spec', () => {
  it('loads from JSON and YAML with the same fingerprint and the same 110 operations', async () => {
    const [json, yaml] = await Promise.all([loadSpec(CURRENT_SPEC), loadSpec(CURRENT_SPEC_YAML)]);
    expect(json.operations.size).toBe(110);
    expect(json.fingerprint).toBe(yaml.fingerprint);
    expect(index(yaml)).toEqual(index(json));
    expect(json.info).toMatchObject({ title: 'CircleCI API' });
    expect(json.openapi).toBe('3.0.3');
    expect(json.warnings).toEqual([]);
  });

  it('accepts a file: URL', async () => {
    const spec = await loadSpec(pathToFileURL(CURRENT_SPEC));
    expect(spec.operations.get('getCurrentUser')?.path).toBe('/me');
  });

  it('rewrites every x-nullable and leaves none behind', async () => {
    const spec = await loadSpec(CURRENT_SPEC);
    expect(spec.rewrites.filter((rewrite) => rewrite.kind === 'x-nullable').length).toBeGreaterThanOrEqual(96);
    const seen = new Set<object>();
    const leftovers: unknown[] = [];
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null || seen.has(node)) return;
      seen.add(node);
      if ('x-nullable' in node) leftovers.push(node);
      Object.values(node).forEach(walk);
    };
    walk(spec.document);
    expect(leftovers).toEqual([]);
  });

  it('indexes the multi-segment project-slug routes', async () => {
    const spec = await loadSpec(CURRENT_SPEC);
    const slugRoutes = [...spec.operations.values()].filter((operation) => operation.path.includes('{project-slug}'));
    expect(slugRoutes.length).toBe(29);
    for (const operation of slugRoutes) {
      expect(operation.parameters.path.find((p) => p.name === 'project-slug')).toMatchObject({ required: true });
    }
  });
});
