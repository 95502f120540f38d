import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeIfChanged } from '@circleci-kit/bundle/write-if-changed';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { loadSpec } from '@circleci-kit/spec-loader';
import { generate } from './generate.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * The spec codegen reads: `--spec`, else `CIRCLECI_OPENAPI_SPEC`, else the
 * fixture `specs/current/openapi.json` (in `../shared`, else in what `pnpm
 * fixtures` fetched). Throws `FixtureMissingError` when it is in neither.
 */
export function specSource(argSpec: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  const given = argSpec ?? env['CIRCLECI_OPENAPI_SPEC'];
  if (given === undefined || given === '') return locateFixture('specs/current/openapi.json');
  return /^https?:\/\//.test(given) || isAbsolute(given) ? given : resolve(cwd, given);
}

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

const USAGE = `usage: circleci-kit-codegen [--spec FILE|URL] [--out DIR]

Generates the client's operation table and types into DIR (default ./generated).
The spec: --spec, else $CIRCLECI_OPENAPI_SPEC, else specs/current/openapi.json in <repo>/../shared,
else in <repo>/.fixtures (what \`pnpm fixtures\` fetches).
`;

/** Runs codegen; resolves with the exit code. */
export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const out = resolve(cwd, option(argv, '--out') ?? 'generated');
  try {
    const source = specSource(option(argv, '--spec'), process.env, cwd);
    const spec = await loadSpec(source);
    const label = /^https?:/.test(source) ? source : relative(repoRoot, source);
    const files = await generate(spec, label);
    const written = [];
    for (const [name, text] of Object.entries(files)) if (writeIfChanged(join(out, name), text)) written.push(name);
    process.stdout.write(
      `codegen: ${spec.operations.size} operations from ${label} (${spec.fingerprint.slice(0, 12)}), ${written.length} file(s) updated in ${relative(cwd, out) || '.'}\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`circleci-kit-codegen: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
