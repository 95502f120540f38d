import { createValidators } from '@circleci-kit/schema';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { beforeAll, describe, expect, it } from 'vitest';
import { ResponseCatalog } from '../src/response-catalog.ts';
import { currentSpec } from './support/spec.ts';

let spec: LoadedSpec;
beforeAll(async () => {
  spec = await currentSpec();
});

describe('ResponseCatalog.shape', () => {
  const table = [
    {
      given: 'triggerPipeline with its four keys',
      operationId: 'triggerPipeline',
      keys: ['id', 'number', 'state', 'created_at'],
      values: ['5034460f-c7c4-4c43-9457-de07e2029e7b', 12, 'created', '2025-01-01T00:00:00.000Z'],
    },
    {
      given: 'keys in another order, values that need escaping',
      operationId: 'getPipelineById',
      keys: ['project_slug', 'number', 'trigger_parameters'],
      values: ['gh/a"b/c\\d', 3, { deploy: true, 'x\u0000y': [1, null] }],
    },
    {
      given: 'a key the schema does not declare (left out, as fill does)',
      operationId: 'triggerPipeline',
      keys: ['nope', 'number'],
      values: ['ignored', 4],
    },
  ];
  it.each(table)('$given: the same body as the template with the values written over it', (row) => {
    const catalog = new ResponseCatalog(spec, 5);
    const operation = spec.operations.get(row.operationId)!;
    const declared = catalog.success(operation).schema?.properties ?? {};
    const want = catalog.template(operation);
    row.keys.forEach((key, i) => {
      if (key in declared) want[key] = row.values[i];
    });
    const rendered = catalog.shape(operation, row.keys).render(row.values);
    expect(rendered.status).toBe(catalog.success(operation).status);
    expect(rendered.headers['content-length']).toBe(String(rendered.body.length));
    expect(rendered.body.toString()).toBe(JSON.stringify(want));
    const validate = createValidators(spec).response(row.operationId, rendered.status);
    if (row.operationId === 'triggerPipeline')
      expect(validate?.(JSON.parse(rendered.body.toString()))).toEqual({ valid: true });
  });
});
