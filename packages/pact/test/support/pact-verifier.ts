/**
 * Runs `@pact-foundation/pact`'s own Verifier against the embedded mock:
 * the mock is reset before each interaction, the replay state sends the
 * flow's earlier requests again, and a request filter puts the test token
 * where the pact holds the placeholder.
 */
import { Verifier } from '@pact-foundation/pact';
import type { MockServer } from '@circleci-kit/mock-server';
import { REPLAY_STATE, TOKEN_PLACEHOLDER, type ReplayedRequest } from '@circleci-kit/pact';

process.env.PACT_DO_NOT_TRACK = 'true';

/** What the request filter reads and rewrites of Express's request (Express's types are not installed here). */
interface FilteredRequest {
  headers: Record<string, string | string[] | undefined>;
  url: string;
}

/** Verifies pact files with Pact's Verifier in this process; resolves true when every interaction passed. */
export async function verifyInProcess(pactFiles: string[], mock: MockServer, token: string): Promise<boolean> {
  let stateSet = false;
  const origin = new URL(mock.url).origin;
  const replay = async (params: unknown): Promise<undefined> => {
    mock.reset();
    stateSet = true;
    for (const request of (params as { requests?: ReplayedRequest[] } | null | undefined)?.requests ?? []) {
      const query = new URLSearchParams();
      for (const [name, values] of Object.entries(request.query ?? {})) for (const v of values) query.append(name, v);
      const search = query.toString();
      const response = await fetch(`${origin}${request.path}${search ? `?${search}` : ''}`, {
        method: request.method,
        headers: { 'circle-token': token, 'content-type': 'application/json' },
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      });
      await response.arrayBuffer();
    }
    return undefined;
  };
  const verifier = new Verifier({
    providerBaseUrl: origin,
    pactUrls: pactFiles,
    logLevel: 'error',
    stateHandlers: { [REPLAY_STATE]: replay },
    requestFilter: (req: FilteredRequest, _res: unknown, next: () => void) => {
      if (!stateSet) mock.reset();
      stateSet = false;
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string' && value.includes(TOKEN_PLACEHOLDER))
          req.headers[name] = value.split(TOKEN_PLACEHOLDER).join(token);
      }
      if (typeof req.headers.authorization === 'string') {
        const [scheme, encoded] = req.headers.authorization.split(' ');
        const decoded = Buffer.from(encoded ?? '', 'base64').toString();
        if (decoded.includes(TOKEN_PLACEHOLDER)) {
          req.headers.authorization = `${scheme} ${Buffer.from(decoded.split(TOKEN_PLACEHOLDER).join(token)).toString('base64')}`;
        }
      }
      const encodedPlaceholder = encodeURIComponent(TOKEN_PLACEHOLDER);
      if (req.url.includes(encodedPlaceholder))
        req.url = req.url.split(encodedPlaceholder).join(encodeURIComponent(token));
      next();
    },
  });
  try {
    await verifier.verifyProvider();
    return true;
  } catch {
    return false;
  }
}
