import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitsField } from '../src/_internals/fits.ts';
import { generateValue } from '../src/realistic/generate-value.ts';
import { rootPlace } from '../src/realistic/place.ts';
import { ResponseCatalog } from '../src/response-catalog.ts';

const SEEDS = [1, 2, 3, 4, 5, 6];

/** A 3.1 document whose one response uses the keywords 3.0 lacks, each in its 3.1 spelling. */
const DOCUMENT = {
  openapi: '3.1.0',
  info: { title: 'releases', version: '1' },
  paths: {
    '/release': {
      get: {
        operationId: 'getRelease',
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Release' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Release: {
        type: 'object',
        required: ['id', 'kind', 'range', 'manifest', 'tag', 'version'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          kind: { const: 'release' },
          range: {
            type: 'array',
            prefixItems: [
              { type: 'integer', minimum: 1, maximum: 3 },
              { type: 'integer', minimum: 10, maximum: 30 },
            ],
            items: false,
          },
          manifest: { type: 'string', contentMediaType: 'application/json', contentEncoding: 'base64' },
          tag: { type: ['string', 'null'] },
          version: { type: ['integer', 'string'] },
          legacy_id: false,
          branch: { type: 'string' },
        },
        dependentRequired: { branch: ['revision'] },
        additionalProperties: { type: 'string', pattern: '^[0-9a-f]{40}$' },
      },
    },
  },
};

let spec: LoadedSpec;
beforeAll(async () => {
  spec = await loadSpec(DOCUMENT);
});

function schema() {
  return spec.operations.get('getRelease')!.responses['200']!.content['application/json']!.schema!;
}

describe('response bodies of a 3.1 document', () => {
  it('fill every keyword in by its rule', () => {
    const release = schema();
    for (const seed of SEEDS) {
      const body = generateValue(release, rootPlace(seed)) as Record<string, unknown>;
      expect(body['kind']).toBe('release');
      expect(body).not.toHaveProperty('legacy_id');
      expect(body['range']).toEqual([expect.any(Number), expect.any(Number)]);
      const [low, high] = body['range'] as number[];
      expect(fitsField(release.properties!['range']!.prefixItems![0]!, low)).toBe(true);
      expect(fitsField(release.properties!['range']!.prefixItems![1]!, high)).toBe(true);
      const manifest = Buffer.from(body['manifest'] as string, 'base64').toString('utf8');
      expect(() => JSON.parse(manifest) as unknown).not.toThrow();
      expect(body['revision']).toMatch(/^[0-9a-f]{40}$/);
      expect(['string', 'number']).toContain(typeof body['version']);
      expect(typeof body['tag']).toBe('string');
    }
  });

  it('answer from the catalog with a body that meets the keywords the validators check', () => {
    const operation = spec.operations.get('getRelease')!;
    for (const seed of SEEDS) {
      const catalog = new ResponseCatalog(spec, seed);
      const body = catalog.template(operation);
      expect(catalog.validators.response('getRelease', 200)?.(body)).toEqual({ valid: true });
      expect(body['kind']).toBe('release');
      expect(body).not.toHaveProperty('legacy_id');
      // The realistic body itself, not a fallback draw: its manifest is base64 of a JSON text.
      const manifest = Buffer.from(body['manifest'] as string, 'base64').toString('utf8');
      expect(() => JSON.parse(manifest) as unknown).not.toThrow();
    }
  });
});
