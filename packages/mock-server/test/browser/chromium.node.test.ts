import { describe, expect, it } from 'vitest';
import { bundleForBrowser, bundlePage } from '../support/browser-bundle.ts';
import { CHROMIUM, CHROMIUM_REQUIRED, hasChromium, openInChromium } from '../support/chromium.ts';
import { startMockServer } from '../../src/index.ts';
import { currentSpec } from '../support/spec.ts';
import { startPageServer } from '../support/page-server.ts';
import type { PageConfig, PageResult } from './page.ts';

const TOKEN = 'browser-secret-token-5f1c';
const PROJECT = 'gh/acme/dashboard';
const TIMEOUT_MS = 30_000;

/** The page: its config as JSON (`<` escaped, so no text closes the script), then its module. */
function html(config: PageConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return [
    '<!doctype html>',
    '<meta charset="utf-8">',
    '<title>core-client in Chromium</title>',
    `<script type="application/json" id="config">${json}</script>`,
    '<script>',
    "addEventListener('error', (event) => fetch('/result', { method: 'POST', body: JSON.stringify({ failed: String(event.message) }) }));",
    '</script>',
    '<script type="module" src="/page.js"></script>',
  ].join('\n');
}

/** `promise`, or a failure after `ms` that shows what Chromium logged. */
function within<T>(promise: Promise<T>, ms: number, log: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no result from the page within ${ms} ms; Chromium said:\n${log()}`));
    }, ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('core-client in headless Chromium, against the mock on another origin', () => {
  if (!hasChromium() && CHROMIUM_REQUIRED) {
    it('needs Chromium', () => {
      throw new Error(`CIRCLECI_KIT_REQUIRE_CHROMIUM=1 but ${CHROMIUM} is missing: apt-get install -y chromium`);
    });
  }
  const title = hasChromium()
    ? 'builds, calls, pages and fails through CORS with the browser bundle'
    : `calls the mock from a page (skipped: ${CHROMIUM} is not installed; CIRCLECI_KIT_REQUIRE_CHROMIUM=1 makes this fail)`;
  it.skipIf(!hasChromium())(
    title,
    async () => {
      const kit = await bundleForBrowser({ minify: true });
      expect(kit.imports).toEqual([]);
      expect(kit.code).not.toMatch(/["'`]node:/);
      const server = await startPageServer();
      const mock = await startMockServer({
        spec: await currentSpec(),
        tokens: [TOKEN],
        pageSize: 2,
        cors: { origins: [server.origin] },
      });
      const config: PageConfig = { mockUrl: mock.url, token: TOKEN, projectSlug: PROJECT, triggers: 5 };
      server.files.set('/', { type: 'text/html; charset=utf-8', body: html(config) });
      server.files.set('/kit.js', { type: 'text/javascript', body: kit.code });
      server.files.set('/page.js', {
        type: 'text/javascript',
        body: await bundlePage(new URL('page.ts', import.meta.url), '/kit.js'),
      });
      const chromium = openInChromium(`${server.origin}/`);
      let posted: unknown;
      try {
        posted = await within(server.report, TIMEOUT_MS, chromium.log);
      } finally {
        await chromium.close();
        await Promise.all([mock.close(), server.close()]);
      }
      expect(posted).not.toHaveProperty('failed');
      const result = (posted as { result: PageResult }).result;

      expect(result.origin).toBe(server.origin);
      expect(new URL(mock.url).origin).not.toBe(result.origin);
      expect(result.built).toEqual({
        method: 'GET',
        url: `${mock.url}/project/${PROJECT}/pipeline?branch=main`,
        headers: expect.objectContaining({ 'circle-token': TOKEN }),
      });
      expect(result.slug).toEqual({ vcs: 'gh', org: 'acme', project: 'dashboard' });
      expect(result.me).toEqual({ status: 200, login: expect.any(String) });
      expect(result.triggered).toEqual([1, 2, 3, 4, 5]);
      expect(result.paged).toEqual({ items: [5, 4, 3, 2, 1], pages: 3 });
      expect(result.notFound).toMatchObject({
        isCircleCIError: true,
        status: 404,
        code: 'HTTP_ERROR',
        showsToken: false,
      });
      expect(result.notFound.message).toMatch(/404/);
      expect(result.unauthorized).toMatchObject({
        isCircleCIError: true,
        status: 401,
        code: 'HTTP_ERROR',
        showsToken: false,
      });
      expect(result.unauthorized.message).toMatch(/You must log in first/);
    },
    90_000,
  );
});
