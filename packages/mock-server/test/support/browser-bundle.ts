import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The part of esbuild's API the browser bundles use (esbuild is `tools/bundle`'s dependency). */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{
    outputFiles: Array<{ text: string }>;
    metafile: { outputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }> };
  }>;
}

interface PluginBuild {
  onResolve(options: { filter: RegExp }, callback: () => { path: string; external?: boolean }): void;
}

const esbuild = createRequire(new URL('../../../../tools/bundle/package.json', import.meta.url))('esbuild') as Esbuild;

/** Points `@circleci-kit/slug` and `@circleci-kit/core-client` at their sources, as the tests resolve them. */
const fromSources = {
  name: 'circleci-kit-sources',
  setup(build: PluginBuild): void {
    build.onResolve({ filter: /^@circleci-kit\/slug$/ }, () => ({
      path: fileURLToPath(new URL('../../../slug/src/index.ts', import.meta.url)),
    }));
    build.onResolve({ filter: /^@circleci-kit\/core-client$/ }, () => ({
      path: fileURLToPath(new URL('../../../core-client/src/index.ts', import.meta.url)),
    }));
  },
};

/** The entry point of the browser bundle: what a page takes from core-client and slug. */
export const KIT_ENTRY: string = fileURLToPath(new URL('browser-kit.ts', import.meta.url));

/** A browser bundle of `@circleci-kit/slug` and `@circleci-kit/core-client`. */
export interface BrowserBundle {
  /** The ES module: the exports of {@link KIT_ENTRY}. */
  readonly code: string;
  /** Its size in bytes (UTF-8). */
  readonly bytes: number;
  /** Its size gzipped (`gzipSync`, default level), in bytes. */
  readonly gzipBytes: number;
  /** The modules it still imports (none expected: everything is bundled). */
  readonly imports: readonly string[];
}

/**
 * Bundles slug and core-client from their sources for browsers, as a page
 * would (esbuild, platform `browser`, format `esm`), from {@link KIT_ENTRY}.
 *
 * @example
 * const { code, gzipBytes } = await bundleForBrowser({ minify: true });
 */
export async function bundleForBrowser(options: { minify: boolean }): Promise<BrowserBundle> {
  const result = await esbuild.build({
    entryPoints: [KIT_ENTRY],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: options.minify,
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'silent',
    outfile: 'kit.js',
    plugins: [fromSources],
  });
  const code = result.outputFiles[0]!.text;
  const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((i) => i.path));
  return {
    code,
    bytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code).length,
    imports,
  };
}

/**
 * Compiles a page's module for browsers, its import of `browser-kit.ts`
 * pointed at `kitUrl`, the bundle of {@link bundleForBrowser}.
 *
 * @example
 * const pageJs = await bundlePage(new URL('../browser/page.ts', import.meta.url), '/kit.js');
 */
export async function bundlePage(entry: URL, kitUrl: string): Promise<string> {
  const kit = {
    name: 'circleci-kit-bundle',
    setup(build: PluginBuild): void {
      build.onResolve({ filter: /\/browser-kit\.ts$/ }, () => ({
        path: kitUrl,
        external: true,
      }));
    },
  };
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    outfile: 'page.js',
    plugins: [kit],
  });
  return result.outputFiles[0]!.text;
}

/** Bytes as kB (1024 bytes), one decimal: `12.9 kB`. */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
