#!/usr/bin/env node
/**
 * `circleci-kit-bundle`, run by each package's `build` after `tsc`: bundles
 * the JavaScript that tsc wrote to `dist/` into one module per entry point
 * (the `exports` and `bin` of package.json), with code shared by entry points
 * or loaded lazily (`import()`) in `chunks/`. Declarations stay as tsc wrote
 * them, but for their relative imports: the sources import `./x.ts` (as Deno
 * and JSR want), and tsc rewrites that to `./x.js` in JavaScript only, so
 * the declarations get the same rewrite here (`./x.ts` → `./x.js`, which
 * every TypeScript and Deno resolve to `./x.d.ts`).
 *
 * Why: a command run pays for every module it loads (resolve, read, compile,
 * link). `circleci-kit breaking diff` loaded ~200 files, ~120 of them the
 * rule catalogue's small modules; bundled, a handful.
 *
 * - Every bare import (`node:*`, third-party and other workspace packages)
 *   stays an import: a package bundles only its own code, so its
 *   dependencies still resolve from its own package.json. The exception is
 *   what package.json lists under `circleciKit.inline` (the CLI's
 *   commander, the schema package's Ajv): bundled in with the packages it
 *   imports itself, a start-up cost paid once instead of per file. Such a
 *   package is a devDependency of the package that inlines it, unless the
 *   package's declarations import it: then its types are part of the API,
 *   and it stays a dependency.
 * - `keepNames` stays off: it wraps every function expression in a call
 *   that sets its `name`, closures made in hot loops included (a fifth of
 *   the diff engine's time). Error classes set their `name` themselves.
 * - Source maps chain to tsc's, so stack traces point at the `.ts` sources.
 * - The bundle is built in memory first; tsc's `.js` files are replaced only
 *   once it has succeeded, so a failed bundle leaves the unbundled (working)
 *   build in place.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { isBuiltin } from 'node:module';
import { build } from 'esbuild';

const packageDir = process.cwd();
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

/** The `default` (or plain string) targets of `exports`, and the `bin` files: the entry points. */
function entryPoints() {
  const found = new Set();
  const visit = (value) => {
    if (typeof value === 'string') {
      if (value.startsWith('./dist/') && value.endsWith('.js')) found.add(value);
    } else if (value && typeof value === 'object') {
      for (const [key, target] of Object.entries(value)) if (key !== 'types') visit(target);
    }
  };
  visit(manifest.exports);
  visit(typeof manifest.bin === 'string' ? manifest.bin : (manifest.bin ?? {}));
  if (found.size === 0) throw new Error(`${manifest.name}: no ./dist/*.js entry point in exports or bin`);
  return [...found].map((entry) => resolve(packageDir, entry));
}

/** The deepest folder that holds every entry point: the bundle keeps their paths relative to it. */
function commonDir(paths) {
  let dir = dirname(paths[0]);
  while (!paths.every((path) => path.startsWith(dir + sep))) dir = dirname(dir);
  return dir;
}

/** Every file under `dir` whose name ends with one of `suffixes`. */
function filesUnder(dir, suffixes) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => suffixes.some((suffix) => path.endsWith(suffix)) && statSync(path).isFile());
}

/** The third-party packages bundled in rather than imported (`circleciKit.inline`). */
const inline = new Set(manifest.circleciKit?.inline ?? []);

/** Whether one of the declarations tsc wrote imports `name` (or a path inside it). */
function declarationsImport(name) {
  const specifier = new RegExp(
    `(?:from|import)\\s*\\(?\\s*['"]${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:/[^'"]*)?['"]`,
  );
  return filesUnder(join(packageDir, 'dist'), ['.d.ts']).some((file) => specifier.test(readFileSync(file, 'utf8')));
}

for (const name of inline) {
  if (manifest.dependencies?.[name] !== undefined && !declarationsImport(name)) {
    throw new Error(
      `${manifest.name}: ${name} is bundled in (circleciKit.inline) and no declaration imports it: list it in devDependencies`,
    );
  }
}

/** The package name of a bare import: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * A Node built-in that inlined CommonJS code `require`s, as a module that
 * loads it on first use. commander requires `node:child_process` as it loads,
 * for executable subcommands the CLI never has: loading it (and `node:net`
 * behind it) was a fifth of `circleci-kit --help`. Every property is read
 * through to the real module, so code that does use it sees no difference.
 */
function lazyBuiltin(name) {
  return `let loaded;
const real = () => (loaded ??= require(${JSON.stringify(name)}));
module.exports = new Proxy({}, {
  get: (_, key) => real()[key],
  has: (_, key) => key in real(),
  ownKeys: () => Reflect.ownKeys(real()),
  getOwnPropertyDescriptor: (_, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
    return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
  },
});
`;
}

/** Set when inlined code requires a Node built-in: the bundle then needs a `require` (see {@link bundleWith}). */
let requiresBuiltins = false;

/**
 * Keeps every bare import external, but those of the packages in {@link inline};
 * a built-in that inlined code requires is loaded lazily (see {@link lazyBuiltin}).
 */
const externalButInline = {
  name: 'external-but-inline',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path, kind, namespace, importer }) => {
      if (inline.has(packageOf(path))) return undefined;
      // Only inlined code lives under node_modules here: what it imports is inlined with it.
      const fromInlined = namespace === 'file' && /[\\/]node_modules[\\/]/.test(importer);
      if (fromInlined && isBuiltin(path)) {
        if (kind === 'require-call') return { path, namespace: 'lazy-builtin' };
        return { path, external: true };
      }
      if (fromInlined) return undefined;
      return { path, external: true };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, ({ path }) => {
      requiresBuiltins = true;
      return { contents: lazyBuiltin(path), loader: 'js' };
    });
  },
};

const entries = entryPoints();
for (const entry of entries) statSync(entry); // a missing entry is tsc's fault: say which
const outbase = commonDir(entries);
const dist = join(packageDir, 'dist');
/** Gives every module of a bundle a `require`, for the built-ins that inlined CommonJS code asks for. */
const REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/** The bundle, in memory; `banner` gives each module a `require`. */
const bundleWith = (banner) =>
  build({
    entryPoints: entries,
    outbase,
    outdir: outbase,
    write: false,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [externalButInline],
    ...(banner ? { banner: { js: REQUIRE_BANNER } } : {}),
    sourcemap: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
// Inlined CommonJS code that requires Node's built-ins gets a `require`; other bundles import no `node:module`
// for it, so an entry point meant to run without Node's modules (the schema package's) stays that way.
let result = await bundleWith(false);
if (requiresBuiltins) result = await bundleWith(true);
// tsc's modules are now inside the bundle: remove them, then write the bundle in their place.
for (const file of filesUnder(dist, ['.js', '.js.map'])) rmSync(file);
for (const { path, contents } of result.outputFiles) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
}
// What `rewriteRelativeImportExtensions` does to JavaScript, done to the declarations.
const TS_SPECIFIER = /((?:from|import)\s*\(?\s*['"]\.\.?\/[^'"]*?)\.(m?)ts(['"])/g;
for (const file of filesUnder(dist, ['.d.ts'])) {
  const text = readFileSync(file, 'utf8');
  const rewritten = text.replace(TS_SPECIFIER, '$1.$2js$3');
  if (rewritten !== text) writeFileSync(file, rewritten);
}
const modules = result.outputFiles.filter(({ path }) => path.endsWith('.js')).length;
console.log(`bundle: ${manifest.name}: ${entries.length} entry point(s), ${modules} module(s)`);
