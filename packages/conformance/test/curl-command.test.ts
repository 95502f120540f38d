import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curlCommand, redactRecordedRequest } from '../src/index.ts';

describe('curlCommand', () => {
  it.each([
    {
      name: 'a header token',
      given: {
        method: 'GET',
        url: 'http://127.0.0.1:1/api/v2/me',
        headers: { accept: 'application/json', 'circle-token': 'abc' },
        body: null,
      },
      want: `curl -X GET 'http://127.0.0.1:1/api/v2/me' -H 'accept: application/json' -H "circle-token: $CIRCLECI_TOKEN"`,
    },
    {
      name: 'basic auth and a body with a quote',
      given: {
        method: 'POST',
        url: 'http://127.0.0.1:1/api/v2/context',
        headers: { authorization: 'Basic YWJjOg==' },
        body: `{"name":"it's"}`,
      },
      want: `curl -X POST 'http://127.0.0.1:1/api/v2/context' -u "$CIRCLECI_TOKEN:" --data-raw '{"name":"it'\\''s"}'`,
    },
    {
      name: 'a query token',
      given: { method: 'GET', url: 'http://127.0.0.1:1/api/v2/me?circle-token=abc', headers: {}, body: null },
      want: `curl -X GET "http://127.0.0.1:1/api/v2/me?circle-token=$CIRCLECI_TOKEN"`,
    },
  ])('$name', ({ given, want }) => expect(curlCommand(redactRecordedRequest(given, 'abc'))).toBe(want));

  it('never shows the token, wherever it was put', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9]{12,40}$/),
        fc.constantFrom('header', 'basic', 'query', 'body'),
        (token, where) => {
          const request = {
            method: 'POST',
            url: `http://127.0.0.1:1/api/v2/me${where === 'query' ? `?circle-token=${token}` : ''}`,
            headers:
              where === 'header'
                ? { 'circle-token': token }
                : where === 'basic'
                  ? { authorization: `Basic ${token}` }
                  : {},
            body: where === 'body' ? JSON.stringify({ token }) : null,
          };
          const redacted = redactRecordedRequest(request, token);
          expect(JSON.stringify(redacted)).not.toContain(token);
          expect(curlCommand(redacted)).not.toContain(token);
        },
      ),
      { seed: 9, numRuns: 300 },
    );
  });
});
