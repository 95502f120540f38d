import { describe, expect, it } from 'vitest';
import { MockServerError, startTarget, TARGET_MOCK_DEFAULTS } from '../src/index.ts';
import { currentSpec } from './support/spec.ts';

const P = '/project/gh/acme/api';

describe('startTarget', () => {
  it('mock: starts the embedded mock on 127.0.0.1, accepting only the token, paged by 5', async () => {
    const target = await startTarget('mock', { spec: await currentSpec(), token: 'target-token' });
    try {
      expect(target.name).toBe('mock');
      expect(target.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2$/);
      expect(target.baseUrl).toBe(target.mock?.url);
      const me = (token: string) => fetch(`${target.baseUrl}/me`, { headers: { 'Circle-Token': token } });
      expect((await me('target-token')).status).toBe(200);
      expect((await me('another-token')).status).toBe(401);
      expect(TARGET_MOCK_DEFAULTS.pageSize).toBe(5);
    } finally {
      await target.close();
    }
    await expect(fetch(`${target.baseUrl}/me`)).rejects.toThrow();
  });

  it('mock: reset forgets what was created; mock options win over the defaults', async () => {
    const target = await startTarget('mock', { spec: await currentSpec(), mock: { pageSize: 2 } });
    const headers = { 'Circle-Token': 'any', 'content-type': 'application/json' };
    const pipelines = async () =>
      (await (await fetch(`${target.baseUrl}${P}/pipeline`, { headers })).json()) as { items: unknown[] };
    try {
      for (let i = 0; i < 3; i++)
        await (await fetch(`${target.baseUrl}${P}/pipeline`, { method: 'POST', headers, body: '{}' })).text();
      expect((await pipelines()).items).toHaveLength(2);
      target.reset();
      expect((await pipelines()).items).toHaveLength(0);
    } finally {
      await target.close();
    }
  });

  it('a URL: nothing is started, reset and close do nothing', async () => {
    const target = await startTarget('https://circleci.com/api/v2', { token: 't' });
    expect(target).toMatchObject({ baseUrl: 'https://circleci.com/api/v2', name: 'https://circleci.com/api/v2' });
    expect(target.mock).toBeUndefined();
    target.reset();
    await target.close();
  });

  it('mock without a spec: BAD_OPTIONS', async () => {
    const error = await startTarget('mock').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MockServerError);
    expect((error as MockServerError).code).toBe('BAD_OPTIONS');
  });
});
