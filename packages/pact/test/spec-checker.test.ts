import { readFileSync } from 'node:fs';
import { createSpecChecker, type PactInteraction } from '@circleci-kit/pact';
import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';
import { beforeAll, describe, expect, it } from 'vitest';
import { SPEC_PATH, currentSpec } from './support/spec.ts';

const call = (path: string, status: number): PactInteraction => ({
  type: 'Synchronous/HTTP',
  description: `GET ${path} → ${status}`,
  request: { method: 'GET', path },
  response: { status },
});

let spec: LoadedSpec;
/** The same spec with one more property in `GET /me`'s 200 response. */
let changed: LoadedSpec;

beforeAll(async () => {
  spec = await currentSpec();
  const document = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as {
    paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: object }> }> } }>;
  };
  const schema = document.paths['/me']!.get.responses['200']!.content['application/json']!.schema as {
    properties: Record<string, object>;
  };
  schema.properties.nickname = { type: 'string' };
  changed = await loadSpec(document);
});

describe('createSpecChecker: routeOf', () => {
  it('routes a request as route(method, path) does, the server path left out', () => {
    const checker = createSpecChecker(spec);
    const request = { method: 'get', path: '/api/v2/me' };
    expect(checker.routeOf(request)).toEqual(checker.route('GET', '/api/v2/me'));
    expect(checker.routeOf(request)).toMatchObject({ kind: 'found', operation: { id: 'getCurrentUser' } });
  });

  it('routes each request once: the same request gets the same match', () => {
    const checker = createSpecChecker(spec);
    const request = { method: 'GET', path: '/api/v2/nowhere' };
    const first = checker.routeOf(request);
    expect(first.kind).toBe('not-found');
    expect(checker.routeOf(request)).toBe(first);
  });
});

describe('createSpecChecker: checksAlike', () => {
  it('holds for the checker itself, and for another checker of an equal spec made with the same options', () => {
    const checker = createSpecChecker(spec);
    expect(checker.checksAlike(checker, call('/api/v2/me', 200))).toBe(true);
    expect(createSpecChecker(spec).checksAlike(checker, call('/api/v2/me', 200))).toBe(true);
  });

  it('fails between checkers made with other options, whatever the interaction', () => {
    const checker = createSpecChecker(spec);
    const other = createSpecChecker(spec, { samples: 3 });
    expect(other.checksAlike(checker, call('/api/v2/me', 200))).toBe(false);
    // Asked again: the options are compared once, with the same answer.
    expect(other.checksAlike(checker, call('/api/v2/me', 404))).toBe(false);
  });

  it('fails where the response the interaction expects changed, and holds on an operation left alone', () => {
    const before = createSpecChecker(spec);
    const after = createSpecChecker(changed);
    expect(after.checksAlike(before, call('/api/v2/me', 200))).toBe(false);
    expect(after.checksAlike(before, call('/api/v2/me/collaborations', 200))).toBe(true);
  });

  it('holds for a request routed nowhere in both specs, and fails for one routed in one only', async () => {
    const before = createSpecChecker(spec);
    const document = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as { paths: Record<string, unknown> };
    delete document.paths['/me/collaborations'];
    const after = createSpecChecker(await loadSpec(document));
    expect(after.checksAlike(before, call('/api/v2/nowhere', 200))).toBe(true);
    expect(after.checksAlike(before, call('/api/v2/me/collaborations', 200))).toBe(false);
  });
});
