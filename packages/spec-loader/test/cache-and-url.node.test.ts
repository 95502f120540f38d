import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../src/index.ts';
import { CURRENT_SPEC } from './support/shared-specs.ts';

const specText = readFileSync(CURRENT_SPEC, 'utf8');
const freshDir = () => mkdtempSync(join(tmpdir(), 'spec-loader-'));

let server: Server;
let base = '';
const seen: Array<{ url: string; ifNoneMatch: string | undefined }> = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', ifNoneMatch: request.headers['if-none-match'] });
    if (request.url === '/openapi.json') {
      if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
      return void response.writeHead(200, { etag: '"v1"', 'content-type': 'application/json' }).end(specText);
    }
    if (request.url === '/slow') return void setTimeout(() => response.end(specText), 2000);
    if (request.url === '/boom') return void response.writeHead(500).end('oops');
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the on-disk cache', () => {
  it('serves a warm load from the cache, with the same result', async () => {
    const cacheDir = freshDir();
    const cold = await loadSpec(CURRENT_SPEC, { cacheDir });
    const warm = await loadSpec(CURRENT_SPEC, { cacheDir });
    expect([cold.fromCache, warm.fromCache]).toEqual([false, true]);
    expect(warm.fingerprint).toBe(cold.fingerprint);
    expect([...warm.operations.keys()]).toEqual([...cold.operations.keys()]);
    expect(warm.rewrites).toEqual(cold.rewrites);
    expect(warm.rewrites.filter((r) => r.evidence !== undefined)).toHaveLength(3);
    expect(JSON.stringify(warm.operations.get('getOrgSummaryData'))).toBe(
      JSON.stringify(cold.operations.get('getOrgSummaryData')),
    );
    expect(JSON.stringify(warm.operations.get('listPipelinesForProject'))).toBe(
      JSON.stringify(cold.operations.get('listPipelinesForProject')),
    );
  });

  it.each([
    { given: 'a truncated entry', damage: (text: string) => text.slice(0, text.length / 2) },
    { given: 'a flipped byte', damage: (text: string) => text.replace('"openapi"', '"openapj"') },
    { given: 'an empty file', damage: () => '' },
    { given: 'a missing header', damage: (text: string) => text.slice(text.indexOf('\n') + 1) },
  ])('detects $given and rebuilds it', async ({ damage }) => {
    const cacheDir = freshDir();
    await loadSpec(CURRENT_SPEC, { cacheDir });
    const [entry] = readdirSync(join(cacheDir, 'specs'));
    const file = join(cacheDir, 'specs', entry!);
    writeFileSync(file, damage(readFileSync(file, 'utf8')));
    const rebuilt = await loadSpec(CURRENT_SPEC, { cacheDir });
    expect(rebuilt.fromCache).toBe(false);
    expect(rebuilt.operations.size).toBe(110);
    expect((await loadSpec(CURRENT_SPEC, { cacheDir })).fromCache).toBe(true);
  });

  it('writes entries in ASCII and gives non-ASCII text back unchanged', async () => {
    const cacheDir = freshDir();
    const file = join(freshDir(), 'unicode.json');
    const title = 'CircleCI ⚠️ 🧪 — ünïcode';
    const document = JSON.parse(specText) as { info: { title: string } };
    document.info.title = title;
    writeFileSync(file, JSON.stringify(document));
    const cold = await loadSpec(file, { cacheDir });
    const [entry] = readdirSync(join(cacheDir, 'specs'));
    expect(/[^\x00-\x7f]/.test(readFileSync(join(cacheDir, 'specs', entry!), 'latin1'))).toBe(false);
    const warm = await loadSpec(file, { cacheDir });
    expect([cold.fromCache, warm.fromCache]).toEqual([false, true]);
    expect(warm.document.info.title).toBe(title);
    expect(warm.fingerprint).toBe(cold.fingerprint);
  });

  it('keys a file by its content: an edit misses the cache', async () => {
    const cacheDir = freshDir();
    const file = join(freshDir(), 'edited.json');
    writeFileSync(file, specText);
    await loadSpec(file, { cacheDir });
    writeFileSync(file, specText.replace('"title"', '"title" ').replace(/}\s*$/, '}\n'));
    const sameData = await loadSpec(file, { cacheDir });
    expect(sameData.fromCache).toBe(false);
    expect((await loadSpec(file, { cacheDir })).fromCache).toBe(true);
  });

  it('leaves no temporary files behind', async () => {
    const cacheDir = freshDir();
    await loadSpec(CURRENT_SPEC, { cacheDir });
    expect(readdirSync(join(cacheDir, 'specs')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('loading from a URL', () => {
  it('fetches, then revalidates with the ETag', async () => {
    const cacheDir = freshDir();
    seen.length = 0;
    const first = await loadSpec(`${base}/openapi.json`, { cacheDir });
    const second = await loadSpec(`${base}/openapi.json`, { cacheDir });
    expect(first.operations.size).toBe(110);
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(seen.map((request) => request.ifNoneMatch)).toEqual([undefined, '"v1"']);
  });

  it.each([
    { given: 'a 404', path: '/nope.json', options: {}, want: 'NOT_FOUND' },
    { given: 'a 500', path: '/boom', options: {}, want: 'FETCH_FAILED' },
    { given: 'a timeout', path: '/slow', options: { timeoutMs: 200 }, want: 'FETCH_FAILED' },
    { given: 'a malformed URL', path: 'http://[::1', options: {}, want: 'FETCH_FAILED' },
  ])('gives $want for $given', async ({ path, options, want }) => {
    const url = path.startsWith('http') ? path : `${base}${path}`;
    await expect(loadSpec(url, options)).rejects.toMatchObject({ code: want });
  });

  it('gives FETCH_FAILED for a refused connection and keeps credentials out of the message', async () => {
    const error = await loadSpec('http://user:secret@127.0.0.1:1/openapi.json?circle-token=abc').catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'FETCH_FAILED', message: expect.not.stringMatching(/secret|abc/) });
  });
});

describe('external $refs', () => {
  const folder = freshDir();
  const user = (property: string) => JSON.stringify({ type: 'object', properties: { [property]: { type: 'string' } } });
  writeFileSync(join(folder, 'user.json'), user('id'));
  /** Writes a spec whose one response schema is `{ $ref: ref }` into `dir` (the shared folder by default). */
  const main = (ref: string, dir = folder) => {
    const path = join(dir, `main-${Math.random().toString(36).slice(2)}.json`);
    const response = { description: 'ok', content: { 'application/json': { schema: { $ref: ref } } } };
    writeFileSync(
      path,
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        paths: { '/me': { get: { operationId: 'me', responses: { '200': response } } } },
      }),
    );
    return path;
  };

  it('never caches a spec that follows refs to other files: an edit in one is seen on the next load', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'user.json'), user('id'));
    const path = main('./user.json', dir);
    const options = { allowExternalRefs: true, cacheDir: freshDir() };
    const propertiesOf = (spec: Awaited<ReturnType<typeof loadSpec>>) =>
      Object.keys(spec.operations.get('me')?.responses['200']?.content['application/json']?.schema?.properties ?? {});
    const first = await loadSpec(path, options);
    expect([first.fromCache, propertiesOf(first)]).toEqual([false, ['id']]);
    writeFileSync(join(dir, 'user.json'), user('login'));
    const second = await loadSpec(path, options);
    expect([second.fromCache, propertiesOf(second)]).toEqual([false, ['login']]);
    expect(readdirSync(options.cacheDir)).toEqual([]);
  });

  it('caches a spec without refs to other files when they are allowed', async () => {
    const options = { allowExternalRefs: true, cacheDir: freshDir() };
    expect((await loadSpec(CURRENT_SPEC, options)).fromCache).toBe(false);
    expect((await loadSpec(CURRENT_SPEC, options)).fromCache).toBe(true);
  });

  it('refuses a ref to another file unless allowed', async () => {
    await expect(loadSpec(main('./user.json'))).rejects.toMatchObject({ code: 'EXTERNAL_REF' });
    const spec = await loadSpec(main('./user.json'), { allowExternalRefs: true });
    expect(spec.operations.get('me')?.responses['200']?.content['application/json']?.schema?.properties).toHaveProperty(
      'id',
    );
  });

  it.each([
    { given: 'a file outside the folder', ref: '../../../etc/passwd' },
    { given: 'a URL without allowRemoteRefs', ref: 'http://127.0.0.1:1/schema.json' },
  ])('refuses $given even when external refs are allowed', async ({ ref }) => {
    await expect(loadSpec(main(ref), { allowExternalRefs: true })).rejects.toMatchObject({ code: 'EXTERNAL_REF' });
  });
});
