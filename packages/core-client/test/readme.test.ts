import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as clientKit from '../src/index.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const example = /## Example\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

/** A small CircleCI stand-in, injected as the client's fetch. */
const answers: Record<string, [number, unknown]> = {
  'GET /api/v2/me': [200, { id: 'u1', login: 'octocat', name: 'Octo Cat' }],
  'POST /api/v2/project/gh/CircleCI-Public/api-preview-docs/pipeline': [
    201,
    { id: 'p42', number: 42, state: 'created', created_at: '2025-10-17T00:00:00Z' },
  ],
  'GET /api/v2/project/gh/CircleCI-Public/api-preview-docs/pipeline?branch=main': [
    200,
    { items: [{ number: 41 }, { number: 40 }], next_page_token: 'n2' },
  ],
  'GET /api/v2/project/gh/CircleCI-Public/api-preview-docs/pipeline?branch=main&page-token=n2': [
    200,
    { items: [{ number: 39 }, { number: 38 }], next_page_token: null },
  ],
  'GET /api/v2/project/gh/acme/no-such-repo': [404, { message: 'Project not found' }],
};

function fakeCircleCI(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : input);
  const [status, body] = answers[`${init.method} ${url.pathname}${url.search}`] ?? [500, { message: 'unexpected' }];
  return Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
}

/** Runs the README example with the package's exports and an injected fetch, returning what it logged. */
async function runExample(): Promise<string[]> {
  const importLine = /^import \{([^}]*)\} from '@circleci-kit\/core-client';\n/.exec(example);
  const names = (importLine?.[1] ?? '').split(',').map((name) => name.trim());
  const body = example.slice(importLine?.[0].length ?? 0);
  const logged: string[] = [];
  const console = { log: (...values: unknown[]) => logged.push(values.join(' ')) };
  const exports: Record<string, unknown> = {
    ...clientKit,
    createClient: (options: clientKit.ClientOptions) => clientKit.createClient({ ...options, fetch: fakeCircleCI }),
  };
  const process = { env: { CIRCLECI_TOKEN: 'readme-token' } };
  const AsyncFunction = (async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction('console', 'process', ...names, body)(
    console,
    process,
    ...names.map((name) => exports[name]),
  );
  return logged;
}

describe('README', () => {
  it('example prints what its // → comments say, against an injected fetch', async () => {
    const promised = [...example.matchAll(/\/\/ → (.*)$/gm)].map((match) => match[1]);
    expect(promised).toHaveLength(4);
    expect(await runExample()).toEqual(promised);
  });

  it('has an example that imports from the package', () => {
    expect(example).toMatch(/^import \{[^}]+\} from '@circleci-kit\/core-client';\n/);
  });
});
