/**
 * The page the Chromium test opens: it calls the mock (another origin) with
 * the browser bundle and posts what it saw to its own server's `/result`.
 */
import { buildRequest, CircleCIError, createClient, parseProjectSlug } from '../support/browser-kit.ts';

/** What the test server writes into the page (`<script type="application/json" id="config">`). */
export interface PageConfig {
  /** The mock's API base, on another origin than the page. */
  readonly mockUrl: string;
  /** The one token the mock accepts. */
  readonly token: string;
  /** The project the page triggers pipelines on and pages through. */
  readonly projectSlug: string;
  /** How many pipelines it triggers before paging. */
  readonly triggers: number;
}

/** A failed call, as the page saw it. */
export interface PageError {
  readonly isCircleCIError: boolean;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly message: string;
  /** Whether the token shows anywhere in the error: message, `String(error)` or its JSON. */
  readonly showsToken: boolean;
}

/** What the page posts back. */
export interface PageResult {
  readonly origin: string;
  readonly built: { method: string; url: string; headers: Record<string, string> };
  readonly slug: { vcs: string; org: string; project: string };
  readonly me: { status: number; login: unknown };
  readonly triggered: number[];
  readonly paged: { items: number[]; pages: number };
  readonly notFound: PageError;
  readonly unauthorized: PageError;
}

function errorOf(error: unknown, token: string): PageError {
  const known = error instanceof CircleCIError;
  const text = `${String(error)} ${error instanceof Error ? error.message : ''} ${JSON.stringify(error)}`;
  return {
    isCircleCIError: known,
    status: known ? error.status : undefined,
    code: known ? error.code : undefined,
    message: error instanceof Error ? error.message : String(error),
    showsToken: text.includes(token),
  };
}

async function failureOf(call: () => Promise<unknown>, token: string): Promise<PageError> {
  try {
    await call();
  } catch (error) {
    return errorOf(error, token);
  }
  throw new Error('the call did not fail');
}

async function run(config: PageConfig): Promise<PageResult> {
  const { mockUrl, token, projectSlug } = config;
  const built = buildRequest('listPipelinesForProject', { projectSlug, branch: 'main' }, { baseUrl: mockUrl, token });
  const parsed = parseProjectSlug(projectSlug);
  const client = createClient({ token, baseUrl: mockUrl, retry: false });
  const me = await client.getCurrentUser();
  const triggered: number[] = [];
  for (let i = 0; i < config.triggers; i++) {
    const { data } = await client.triggerPipeline({ projectSlug, body: { branch: 'main' } });
    triggered.push(data.number);
  }
  const items: number[] = [];
  for await (const pipeline of client.paginate('listPipelinesForProject', { projectSlug })) items.push(pipeline.number);
  let pages = 0;
  for await (const _ of client.paginate('listPipelinesForProject', { projectSlug }).pages()) pages++;
  const notFound = await failureOf(
    () => client.getPipelineById({ pipelineId: '00000000-0000-4000-8000-000000000000' }),
    token,
  );
  const stranger = `${token}-not-accepted`;
  const unauthorized = await failureOf(
    () => createClient({ token: stranger, baseUrl: mockUrl, retry: false }).getCurrentUser(),
    stranger,
  );
  return {
    origin: location.origin,
    built: { method: built.method, url: built.url, headers: { ...built.headers } },
    slug: { vcs: parsed.vcs, org: parsed.org, project: parsed.project },
    me: { status: me.status, login: me.data.login },
    triggered,
    paged: { items, pages },
    notFound,
    unauthorized,
  };
}

const post = (body: unknown): Promise<Response> =>
  fetch('/result', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const config = JSON.parse(document.getElementById('config')?.textContent ?? '{}') as PageConfig;
void run(config).then(
  (result) => post({ result }),
  (error: unknown) => post({ failed: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
);
