import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/index.ts';
import { document, load, type Doc } from '../support/openapi-31.ts';

/**
 * A 3.0 document whose `POST /thing` body (request) or 200 response is an
 * object of two properties, `a` and `c`, that both `$ref` one component,
 * `Name`: once loaded, the two properties are one object, as in any
 * dereferenced spec.
 */
function sharedDocument(side: 'request' | 'response', required: string[], name: Doc = { type: 'string' }): Doc {
  const schema = {
    type: 'object',
    properties: { a: { $ref: '#/components/schemas/Name' }, c: { $ref: '#/components/schemas/Name' } },
    // OpenAPI 3.0 refuses an empty `required`.
    ...(required.length > 0 ? { required } : {}),
  };
  const content = { 'application/json': { schema } };
  const operation =
    side === 'request'
      ? { operationId: 'postThing', requestBody: { content }, responses: { '204': { description: 'done' } } }
      : { operationId: 'postThing', responses: { '200': { description: 'ok', content } } };
  return document({ paths: { '/thing': { post: operation } }, components: { schemas: { Name: name } } }, '3.0.3');
}

/** Every change of `old` → `next`, as `id@level label`. */
async function changes(old: Doc, next: Doc): Promise<string[]> {
  return diffSpecs(await load(old), await load(next)).map((c) => `${c.id}@${c.level} ${c.message}`);
}

// Walking two versions in step, a pair of schemas met again is not walked again (schemas can be circular).
// A pair shared by two properties must still be judged at each place its rules tell apart: one required, one not.
describe('a schema that two properties share', () => {
  it('is loaded as one object by the loader (the premise of these cases)', async () => {
    const spec = await load(sharedDocument('request', []));
    const body = [...spec.operations.values()][0]!.requestBody!.content['application/json']!.schema!;
    expect(body.properties!['a']).toBe(body.properties!['c']);
  });

  it('reports the second property becoming required in a request', async () => {
    expect(await changes(sharedDocument('request', []), sharedDocument('request', ['c']))).toEqual([
      'request-property-became-required@error request body property `c` became required',
    ]);
  });

  it('reports the second property no longer required in a response', async () => {
    const found = await changes(sharedDocument('response', ['a', 'c']), sharedDocument('response', ['a']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^response-property-became-optional@error .*`c`/);
  });

  it('reports a change inside the shared schema, required at one place and not at the other', async () => {
    const found = await changes(
      sharedDocument('request', ['a']),
      sharedDocument('request', ['a'], { type: 'string', maxLength: 5 }),
    );
    // Each place is its own kind (required, optional): the tightened bound is reported at both.
    expect(found.map((line) => line.split(' ')[0])).toEqual([
      'request-max-length-decreased@error',
      'request-max-length-decreased@error',
    ]);
  });
});
