import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url));

/**
 * The `./dist/<name>.js` entry points of a package's `exports` other than `.`, as [subpath, source]
 * pairs (`dist/src/<name>.js` too: a package that compiles its scripts beside `src` nests it in `dist`).
 */
function subpathSources(name: string): Array<[string, string]> {
  const manifest = `${packagesDir}${name}/package.json`;
  if (!existsSync(manifest)) return [];
  const { exports = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, unknown> };
  return Object.entries(exports).flatMap(([subpath, target]) => {
    const file = typeof target === 'string' ? target : (target as { default?: string } | null)?.default;
    const match = subpath === '.' ? null : /^\.\/dist\/(?:src\/)?(.+)\.js$/.exec(file ?? '');
    return match ? [[subpath.slice(1), `${packagesDir}${name}/src/${match[1]}.ts`]] : [];
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

// Tests import sibling packages from their sources, so a change is tested
// without a rebuild; the published form is tested by the tarball install test.
// Each import is matched whole, so `@circleci-kit/slug/find-git-config` reaches
// its own source rather than a path under the main entry's.
const alias = readdirSync(packagesDir).flatMap((name) => [
  { find: new RegExp(`^${escape(`@circleci-kit/${name}`)}$`), replacement: `${packagesDir}${name}/src/index.ts` },
  ...subpathSources(name).map(([subpath, source]) => ({
    find: new RegExp(`^${escape(`@circleci-kit/${name}${subpath}`)}$`),
    replacement: source,
  })),
]);

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'tools/**/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine. Many test
    // files wait on processes they spawn (the CLI, tarball installs, servers), so one worker per core keeps
    // both busy: the whole suite takes about 200 s here instead of 300–350 s.
    maxWorkers: availableParallelism(),
  },
});
