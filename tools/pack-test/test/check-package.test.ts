import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPackage } from '../src/check-package.ts';
import { packPackage, packPackages, publishableDirs, type PackedPackage } from '../src/pack-packages.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'circleci-kit-lint-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('publint and attw on every publishable package', () => {
  let packed: Map<string, PackedPackage>;
  beforeAll(async () => {
    mkdirSync(join(work, 'tarballs'));
    packed = await packPackages(root, join(work, 'tarballs'));
  });

  it.each(publishableDirs(root).map((dir) => basename(dir)))(
    '@circleci-kit/%s passes publint --strict and attw',
    async (name) => {
      const pkg = packed.get(`@circleci-kit/${name}`);
      expect(pkg, `packages/${name} was not packed`).toBeDefined();
      const verdict = await checkPackage(pkg!.tarball, root);
      expect(verdict.ok, verdict.report).toBe(true);
    },
  );
});

/** Writes a small package into a temp folder and packs it. */
async function packFixture(name: string, exportsMap: unknown, files: Record<string, string>): Promise<string> {
  const dir = join(work, 'fixtures', name);
  mkdirSync(join(dir, 'dist'), { recursive: true });
  const manifest = { name, version: '1.0.0', license: 'MIT', type: 'module', files: ['dist'], exports: exportsMap };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  mkdirSync(join(work, 'fixture-tarballs'), { recursive: true });
  return (await packPackage(dir, join(work, 'fixture-tarballs'))).tarball;
}

describe('checkPackage', () => {
  const js = 'export const answer = 42;\n';
  const dts = 'export declare const answer: number;\n';

  it('passes a well-formed ESM-only package', async () => {
    const tarball = await packFixture(
      'well-formed',
      { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './package.json': './package.json' },
      { 'dist/index.js': js, 'dist/index.d.ts': dts },
    );
    const verdict = await checkPackage(tarball, root);
    expect(verdict.ok, verdict.report).toBe(true);
  });

  it('fails with publint output when the exports map names a file the tarball lacks', async () => {
    const tarball = await packFixture(
      'missing-types',
      { '.': { types: './dist/missing.d.ts', default: './dist/index.js' } },
      { 'dist/index.js': js },
    );
    const verdict = await checkPackage(tarball, root);
    expect(verdict.ok).toBe(false);
    expect(verdict.publint.ok).toBe(false);
    expect(verdict.report).toContain('pkg.exports["."].types is ./dist/missing.d.ts but the file does not exist');
    // attw alone exits 0 here ("does not contain types"); the checker still fails it.
    expect(verdict.attw.ok).toBe(false);
    expect(verdict.attw.output).toContain('does not contain types');
  });

  it('fails with attw output when ESM code is typed as CommonJS, which publint lets through', async () => {
    const tarball = await packFixture(
      'masquerading-as-cjs',
      { '.': { types: './dist/index.d.cts', default: './dist/index.js' } },
      { 'dist/index.js': js, 'dist/index.d.cts': dts },
    );
    const verdict = await checkPackage(tarball, root);
    expect(verdict.publint.ok, verdict.publint.output).toBe(true);
    expect(verdict.attw.ok).toBe(false);
    expect(verdict.ok).toBe(false);
    expect(verdict.report).toContain('Masquerading as CJS');
  });
});
