import type { RuleCase } from '../rule-cases.ts';
import { spec } from '../build-spec.ts';

const body = (...types: string[]) =>
  spec({ method: 'post', body: { content: Object.fromEntries(types.map((t) => [t, { type: 'object' }])) } });
const response = (...types: string[]) =>
  spec({ responses: { '200': { content: Object.fromEntries(types.map((t) => [t, { type: 'object' }])) } } });

/** Minimal pairs for media types renamed within their family, request and response side. */
export const mediaTypeCases: RuleCase[] = [
  {
    rule: 'request-media-type-renamed',
    given: 'application/json → application/problem+json',
    pair: [body('application/json'), body('application/problem+json')],
    want: 1,
  },
  {
    rule: 'request-media-type-renamed',
    given: 'application/json → application/json; charset=utf-8',
    pair: [body('application/json'), body('application/json; charset=utf-8')],
    want: 1,
  },
  {
    rule: 'request-media-type-renamed',
    given: 'application/json → text/plain (another family)',
    pair: [body('application/json'), body('text/plain')],
    want: 0,
  },
  {
    rule: 'request-media-type-removed',
    given: 'a renamed media type is not a removal',
    pair: [body('application/json'), body('application/problem+json')],
    want: 0,
  },
  {
    rule: 'request-media-type-added',
    given: 'a renamed media type is not an addition',
    pair: [body('application/json'), body('application/json; charset=utf-8')],
    want: 0,
  },
  {
    rule: 'request-media-type-removed',
    given: 'application/json → text/plain',
    pair: [body('application/json'), body('text/plain')],
    want: 1,
  },
  {
    rule: 'response-media-type-renamed',
    given: 'application/json → application/problem+json',
    pair: [response('application/json'), response('application/problem+json')],
    want: 1,
  },
  {
    rule: 'response-media-type-renamed',
    given: 'application/json → application/json; charset=utf-8',
    pair: [response('application/json'), response('application/json; charset=utf-8')],
    want: 1,
  },
  {
    rule: 'response-media-type-renamed',
    given: 'a media type added next to the old one',
    pair: [response('application/json'), response('application/json', 'application/problem+json')],
    want: 0,
  },
  {
    rule: 'response-media-type-removed',
    given: 'a renamed media type is not a removal',
    pair: [response('application/json'), response('application/problem+json')],
    want: 0,
  },
  {
    rule: 'response-media-type-added',
    given: 'a renamed media type is not an addition',
    pair: [response('application/json'), response('application/problem+json')],
    want: 0,
  },
];
