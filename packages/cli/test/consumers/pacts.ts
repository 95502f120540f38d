import type { LoadedPact, PactFile, PactInteraction } from '@circleci-kit/pact';

/** A body matching rule list of one or more matchers. */
export const rule = (...matchers: Array<{ match: string; [key: string]: unknown }>) => ({
  combine: 'AND' as const,
  matchers,
});

/** A `Synchronous/HTTP` interaction answering `status` with a JSON `body` and its body `rules`. */
export function interaction(
  description: string,
  request: PactInteraction['request'],
  status: number,
  body?: unknown,
  rules: Record<string, ReturnType<typeof rule>> = {},
): PactInteraction {
  return {
    type: 'Synchronous/HTTP',
    description,
    request,
    response: {
      status,
      ...(body === undefined
        ? {}
        : { body: { content: body, contentType: 'application/json', encoded: false as const } }),
      matchingRules: { body: rules },
    },
  };
}

/** A V4 pact of `consumer` with `interactions`, as `readPacts` would give it. */
export function pactOf(consumer: string, ...interactions: PactInteraction[]): LoadedPact {
  const pact: PactFile = {
    consumer: { name: consumer },
    provider: { name: 'circleci' },
    metadata: { pactSpecification: { version: '4.0' } },
    interactions,
  };
  return { path: `${consumer}.json`, pact };
}

/** `web` reads its user's login. */
export const WEB = pactOf(
  'web',
  interaction(
    'get me',
    { method: 'GET', path: '/api/v2/me' },
    200,
    { id: 'u1', login: 'ada' },
    {
      '$.login': rule({ match: 'type' }),
    },
  ),
);

/** `cli` reads a pipeline's id and state, and asks for one that is not there. */
export function cliPact(state: ReturnType<typeof rule>, id = '123'): LoadedPact {
  return pactOf(
    'cli',
    interaction(
      'get pipeline',
      { method: 'GET', path: '/api/v2/pipeline/p1' },
      200,
      { id, state: 'created' },
      {
        '$.id': rule({ match: 'type' }),
        '$.state': state,
      },
    ),
    interaction('get a missing pipeline', { method: 'GET', path: '/api/v2/pipeline/nope' }, 404, {
      message: 'not found',
    }),
  );
}
