import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { SpecError } from '../spec-error.ts';
import { readCheckedFile, writeCheckedFile } from './checked-file.ts';
import { redactUrl } from './redact-url.ts';

const HTTP_CACHE_VERSION = 'http-1';

interface HttpEntry {
  url: string;
  etag: string;
  body: string;
}

/** What `fetchSpecText` needs from the options. */
export interface FetchOptions {
  cacheDir?: string;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

function httpEntryPath(cacheDir: string, url: string): string {
  return join(cacheDir, 'http', `${createHash('sha256').update(url).digest('hex')}.json`);
}

async function readHttpEntry(cacheDir: string | undefined, url: string): Promise<HttpEntry | undefined> {
  if (cacheDir === undefined) return undefined;
  const body = await readCheckedFile(httpEntryPath(cacheDir, url), HTTP_CACHE_VERSION);
  try {
    const entry = body === undefined ? undefined : (JSON.parse(body) as HttpEntry);
    return entry?.url === url && typeof entry.etag === 'string' && typeof entry.body === 'string' ? entry : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fetches a spec over http(s) with a timeout. With a cache folder, the body
 * is kept with its ETag and revalidated with `If-None-Match` (a `304` reuses
 * it). A 404 or 410 is `NOT_FOUND`; any other failure `FETCH_FAILED`.
 */
export async function fetchSpecText(url: string, options: FetchOptions): Promise<string> {
  const source = redactUrl(url);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const cached = await readHttpEntry(options.cacheDir, url);
  const headers: Record<string, string> = { accept: 'application/json, application/yaml;q=0.9, */*;q=0.5' };
  if (cached) headers['if-none-match'] = cached.etag;
  const doFetch = options.fetch ?? globalThis.fetch;
  // fetch refuses URLs with credentials: send them as basic auth instead.
  let target: URL;
  try {
    target = new URL(url);
  } catch (error) {
    throw new SpecError({ code: 'FETCH_FAILED', message: 'not a valid URL', source, cause: error });
  }
  if (target.username !== '' || target.password !== '') {
    const user = decodeURIComponent(target.username);
    const password = decodeURIComponent(target.password);
    headers.authorization = `Basic ${btoa(`${user}:${password}`)}`;
    target.username = '';
    target.password = '';
  }
  let response: Response;
  let body: string;
  try {
    response = await doFetch(target.href, { headers, signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 304 && cached) return cached.body;
    body = await response.text();
  } catch (error) {
    const { name, message, cause } = error as Error;
    // fetch's own TypeError says only "fetch failed"; the reason is its cause.
    const detail = cause instanceof Error || typeof cause === 'string' ? String(cause) : message;
    const reason =
      name === 'TimeoutError' || name === 'AbortError'
        ? `timed out after ${timeoutMs} ms`
        : `network error: ${detail.split(url).join(source)}`;
    throw new SpecError({ code: 'FETCH_FAILED', message: `cannot fetch the spec (${reason})`, source, cause: error });
  }
  if (response.status === 404 || response.status === 410) {
    throw new SpecError({ code: 'NOT_FOUND', message: `HTTP ${response.status}: no spec at this URL`, source });
  }
  if (!response.ok) {
    throw new SpecError({ code: 'FETCH_FAILED', message: `HTTP ${response.status} ${response.statusText}`, source });
  }
  const etag = response.headers.get('etag');
  if (options.cacheDir !== undefined && etag) {
    const entry: HttpEntry = { url, etag, body };
    await writeCheckedFile(httpEntryPath(options.cacheDir, url), HTTP_CACHE_VERSION, JSON.stringify(entry));
  }
  return body;
}
