import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/index.ts';
import { mediaFamily, pairMediaTypes } from '../../src/rules/helpers/media-types.ts';
import { obj, spec } from '../support/build-spec.ts';
import { runRuleCases } from '../support/rule-cases.ts';
import { mediaTypeCases } from '../support/cases/media-types.ts';

runRuleCases(mediaTypeCases);

describe('media-type families', () => {
  it.each([
    ['application/json', 'application/json'],
    ['Application/JSON; charset=utf-8', 'application/json'],
    ['application/problem+json', 'application/json'],
    ['application/vnd.api+json; ext=1', 'application/json'],
    ['text/plain', 'text/plain'],
    ['*/*', '*/*'],
  ])('%s is of %s', (type, family) => expect(mediaFamily(type)).toBe(family));

  it('pairs the same key first, then one rename per family', () => {
    expect(
      pairMediaTypes(
        ['application/json', 'application/xml', 'text/csv'],
        ['application/json', 'application/problem+json', 'application/xml; charset=utf-8', 'text/html'],
      ),
    ).toEqual({
      same: [['application/json', 'application/json']],
      renamed: [['application/xml', 'application/xml; charset=utf-8']],
      removed: ['text/csv'],
      added: ['application/problem+json', 'text/html'],
    });
  });
});

describe('schemas under a renamed media type', () => {
  it.each([
    {
      side: 'response',
      pair: [
        spec({ responses: { '200': { content: { 'application/json': obj({ id: 'string' }, ['id']) } } } }),
        spec({ responses: { '200': { content: { 'application/problem+json': obj({}) } } } }),
      ],
      want: [
        ['response-media-type-renamed', 'response 200 media type application/json renamed to application/problem+json'],
        ['response-required-property-removed', 'response 200 property `id` (required) removed'],
      ],
    },
    {
      side: 'request',
      pair: [
        spec({ method: 'post', body: { content: { 'application/json': obj({}) } } }),
        spec({
          method: 'post',
          body: { content: { 'application/json; charset=utf-8': obj({ name: 'string' }, ['name']) } },
        }),
      ],
      want: [
        [
          'request-media-type-renamed',
          'request media type application/json renamed to application/json; charset=utf-8',
        ],
        ['request-property-added-required', 'request body property `name` added as required'],
      ],
    },
  ])('are still compared ($side side)', ({ pair, want }) => {
    const changes = diffSpecs(pair[0]!, pair[1]!);
    expect(changes.map((c) => [c.id, c.message])).toEqual(want);
  });
});
