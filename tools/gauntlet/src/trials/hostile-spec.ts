/**
 * Hostile input for spec-loader: arbitrary documents (text, JSON values,
 * OpenAPI skeletons with arbitrary insides), YAML alias bombs, very deep
 * nesting, huge strings, and `$ref`s aimed outside the spec's folder or at
 * URLs. Every case either loads or throws a SpecError with a known code and
 * a message, within its time guard. Refused `$ref`s never read the secret
 * file outside the folder, and a server on 127.0.0.1 receives no request.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadSpec, SpecError, type LoadSpecOptions } from '@circleci-kit/spec-loader';
import { CaseFamilies } from '../lib/cases.ts';
import { describeError, Failures, pick, type Scale, type TrialResult } from '../lib/trial.ts';

const CODES = new Set([
  'PARSE_JSON',
  'PARSE_YAML',
  'NOT_OPENAPI',
  'UNSUPPORTED_VERSION',
  'INVALID_DOCUMENT',
  'MISSING_REF',
  'EXTERNAL_REF',
  'DUPLICATE_OPERATION_ID',
  'FETCH_FAILED',
  'NOT_FOUND',
  'TOO_DEEP',
]);

/** Loads, and says what is wrong with the outcome: only a SpecError with a code and a message may be thrown. */
export async function loadOutcome(
  source: unknown,
  options: LoadSpecOptions,
): Promise<{ problem?: string; error?: SpecError; loaded?: unknown }> {
  try {
    const loaded = await loadSpec(source as string, options);
    return { loaded };
  } catch (error) {
    if (!(error instanceof SpecError)) return { problem: `threw ${describeError(error).slice(0, 200)}` };
    if (!CODES.has(error.code)) return { problem: `unknown SpecError code ${error.code}` };
    if (typeof error.message !== 'string' || error.message.trim().length < 5)
      return { problem: `SpecError ${error.code} without a message` };
    return { error };
  }
}

const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.double());
const skeleton = fc.record(
  {
    openapi: fc.oneof(fc.constantFrom('3.0.0', '3.0.3', '3.1.0', '2.0'), fc.string()),
    info: fc.oneof(fc.record({ title: fc.string(), version: fc.string() }), fc.anything()),
    paths: fc.dictionary(
      fc.oneof(
        fc.constantFrom('/a', '/a/{id}', '/project/{project-slug}/pipeline', '{x}', ''),
        fc.string().map((s) => `/${s}`),
      ),
      fc.dictionary(
        fc.constantFrom('get', 'post', 'put', 'delete', 'parameters', 'x-y', '$ref'),
        fc.oneof(
          fc.record(
            {
              operationId: fc.constantFrom('a', 'b', 'getX'),
              responses: fc.dictionary(fc.constantFrom('200', 'default', '4XX', 'abc'), fc.anything()),
              parameters: fc.array(fc.anything(), { maxLength: 3 }),
            },
            { requiredKeys: [] },
          ),
          fc.record({ $ref: fc.constantFrom('#/components/schemas/A', '#/x', '#', 'other.json', '#/paths/~1a/get') }),
          leaf,
        ),
        { maxKeys: 4 },
      ),
      { maxKeys: 4 },
    ),
    components: fc.oneof(
      fc.record({
        schemas: fc.dictionary(
          fc.constantFrom('A', 'B'),
          fc.oneof(
            fc.record({ $ref: fc.constantFrom('#/components/schemas/A', '#/components/schemas/B') }),
            fc.anything(),
          ),
        ),
      }),
      fc.anything(),
    ),
  },
  { requiredKeys: ['openapi'] },
);
const yamlFragment = fc.constantFrom(
  'openapi: 3.0.0\n',
  'info:\n  title: x\n  version: "1"\n',
  'paths: {}\n',
  'a: &x [1]\n',
  'b: *x\n',
  '- ',
  ': ',
  '"',
  "'",
  '\t',
  '{',
  '}',
  '[',
  ']',
  '&a ',
  '*a ',
  '!!binary ',
  '%YAML 1.2\n---\n',
  '? ',
  '|\n  ',
  '>\n  ',
  '\\u0000',
  '\n',
);
const arbitraryDocument = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ source: text, text: true })),
  fc.array(yamlFragment, { maxLength: 30 }).map((parts) => ({ source: parts.join(''), text: true })),
  fc.jsonValue().map((value) => ({ source: JSON.stringify(value), text: true })),
  skeleton.map((doc) => ({ source: doc, text: false })),
  skeleton.map((doc) => ({
    source: (() => {
      try {
        return JSON.stringify(doc);
      } catch {
        return '{}';
      }
    })(),
    text: true,
  })),
);

/** `a0: &a0 [x, x, …]`, `a1: &a1 [*a0, *a0, …]`, …: width^depth nodes if expanded. */
const aliasBomb = fc
  .record({ width: fc.integer({ min: 2, max: 20 }), depth: fc.integer({ min: 3, max: 15 }), flow: fc.boolean() })
  .map(({ width, depth, flow }) => {
    const lines = ['openapi: 3.0.0', 'info: {title: bomb, version: "1"}', 'paths: {}', 'x-bomb:'];
    lines.push(`  a0: &a0 ${flow ? `[${Array(width).fill('"lol"').join(', ')}]` : 'lol'}`);
    for (let level = 1; level < depth; level++)
      lines.push(
        `  a${level}: &a${level} [${Array(width)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      );
    return { text: lines.join('\n'), expanded: width ** depth };
  });

const deepNesting = fc
  .record({
    depth: fc.integer({ min: 100, max: 100_000 }),
    kind: fc.constantFrom('json-array', 'json-object', 'yaml-flow', 'yaml-block', 'in-schema'),
  })
  .map(({ depth, kind }) => {
    if (kind === 'json-array') return '['.repeat(depth) + ']'.repeat(depth);
    if (kind === 'json-object') return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    if (kind === 'yaml-flow') return `openapi: 3.0.0\nx: ${'['.repeat(depth)}${']'.repeat(depth)}`;
    if (kind === 'yaml-block')
      return `openapi: 3.0.0\nx:\n${Array.from({ length: Math.min(depth, 3000) }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}1`;
    const d = Math.min(depth, 5000);
    return `{"openapi":"3.0.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"A":${'{"type":"object","properties":{"a":'.repeat(d)}{}${'}}'.repeat(d)}}}}`;
  });

const hugeString = fc
  .record({ mb: fc.integer({ min: 1, max: 24 }), where: fc.constantFrom('description', 'key', 'path', 'yaml') })
  .map(({ mb, where }) => {
    const big = 'x'.repeat(mb * 1024 * 1024);
    if (where === 'yaml')
      return `openapi: 3.0.0\ninfo:\n  title: t\n  version: "1"\n  description: ${big}\npaths: {}\n`;
    const doc: Record<string, unknown> = { openapi: '3.0.0', info: { title: 't', version: '1' }, paths: {} };
    if (where === 'description') (doc.info as Record<string, unknown>).description = big;
    if (where === 'key') doc[`x-${big}`] = 1;
    if (where === 'path') doc.paths = { [`/${big}`]: { get: { responses: { '200': { description: 'ok' } } } } };
    return JSON.stringify(doc);
  });

/** Refs that leave the folder or point at URLs (the port is the canary server's). */
function hostileRef(port: number): fc.Arbitrary<string> {
  const hosts = [
    '127.0.0.1',
    'localhost',
    '127.1',
    '2130706433',
    '0x7f000001',
    '017700000001',
    '0.0.0.0',
    '[::1]',
    '[::ffff:127.0.0.1]',
    'user:pw@127.0.0.1',
    '127.0.0.1.',
    'LOCALHOST',
  ];
  return fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('../', '..\\', '%2e%2e/', '..%2f', './../', '.././'),
        fc.constantFrom('secret.json', 'secret.json#/x', 'outside/secret.json'),
      )
      .map(([n, up, file]) => `${up.repeat(n)}${file}`),
    fc.constantFrom(
      '/etc/passwd',
      '/etc/hostname',
      'file:///etc/passwd',
      'file://localhost/etc/passwd',
      '/proc/self/environ',
      '\\\\server\\share\\x.json',
      'C:\\Windows\\win.ini',
    ),
    fc
      .tuple(
        fc.constantFrom('http', 'https', 'HTTP', 'ftp', 'gopher'),
        fc.constantFrom(...hosts),
        fc.constantFrom('/spec.json', '/x#/a', '/', '/%2e%2e/x'),
      )
      .map(([scheme, host, path]) => `${scheme}://${host}:${port}${path}`),
    fc.constantFrom(`//127.0.0.1:${port}/x`, `http:127.0.0.1:${port}/x`, `http:/\\127.0.0.1:${port}/x`),
  );
}

export async function run(scale: Scale): Promise<TrialResult> {
  const failures = new Failures();
  const families = new CaseFamilies(failures);
  const seed = scale.seed;
  const n = (short: number, full: number) => pick(scale, short, full);

  await families.run(
    'documents',
    arbitraryDocument,
    n(1000, 60_000),
    seed,
    async (doc) => {
      const length = doc.text && typeof doc.source === 'string' ? doc.source.length : 0;
      const mode = length % 2 === 0 ? 'strict' : 'lenient';
      const outcome = await loadOutcome(doc.source, { mode, ...(doc.text ? { sourceType: 'text' as const } : {}) });
      return outcome.problem;
    },
    { perCaseMs: 5000 },
  );

  await families.run(
    'alias bombs',
    aliasBomb,
    n(100, 5000),
    seed + 1,
    async ({ text, expanded }) => {
      const outcome = await loadOutcome(text, { mode: 'lenient', sourceType: 'text' });
      if (outcome.problem) return outcome.problem;
      if (expanded > 100_000 && !(outcome.error && /alias/i.test(outcome.error.message)))
        return `a bomb of ${expanded} nodes was not refused with a message naming aliases (${outcome.error?.message ?? 'loaded'})`;
      return undefined;
    },
    { perCaseMs: 5000, show: (v) => v.text.slice(0, 200) },
  );

  // Deep and huge texts: loaded from text, shown by their start and length.
  const textProblem = async (text: string) =>
    (await loadOutcome(text, { mode: 'lenient', sourceType: 'text' })).problem;
  const showText = (text: string) => `${text.slice(0, 60)}… (${text.length} chars)`;
  await families.run('deep nesting', deepNesting, n(100, 5000), seed + 2, textProblem, {
    perCaseMs: 10_000,
    show: showText,
  });
  await families.run('huge strings', hugeString, n(4, 40), seed + 3, textProblem, {
    perCaseMs: 30_000,
    batch: 4,
    show: showText,
  });

  // $refs: a canary server on 127.0.0.1 and a secret file outside the spec's folder.
  let canaryHits = 0;
  const canary = createServer((_req, res) => {
    canaryHits++;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ type: 'string', description: 'CANARY-REMOTE' }));
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  const port = (canary.address() as { port: number }).port;
  const base = mkdtempSync(join(tmpdir(), 'gauntlet-refs-'));
  const folder = join(base, 'a', 'b', 'c', 'd', 'e', 'f', 'spec');
  mkdirSync(join(base, 'outside'), { recursive: true });
  mkdirSync(folder, { recursive: true });
  const secret = JSON.stringify({
    type: 'string',
    description: 'CANARY-SECRET-FILE',
    x: { type: 'string', description: 'CANARY-SECRET-FILE' },
  });
  for (let up = 0; up <= 7; up++) {
    const dir = join(folder, ...new Array<string>(up).fill('..'));
    writeFileSync(join(dir, 'secret.json'), secret);
    mkdirSync(join(dir, 'outside'), { recursive: true });
    writeFileSync(join(dir, 'outside', 'secret.json'), secret);
  }
  writeFileSync(join(folder, 'inside.json'), JSON.stringify({ type: 'string', description: 'CANARY-INSIDE' }));
  const specFile = join(folder, 'openapi.json');
  const docWithRef = (ref: string) =>
    JSON.stringify({
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          get: {
            responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: ref } } } } },
          },
        },
      },
    });
  const optionSets: LoadSpecOptions[] = [
    {},
    { allowExternalRefs: true },
    { allowExternalRefs: true, allowRemoteRefs: true, timeoutMs: 2000 },
  ];
  // Positive control: a ref inside the folder, allowed, is followed (so the canaries below would be seen).
  writeFileSync(specFile, docWithRef('./inside.json'));
  const control = await loadOutcome(specFile, { allowExternalRefs: true, mode: 'lenient' });
  if (
    !JSON.stringify((control.loaded as { document?: unknown } | undefined)?.document ?? null).includes('CANARY-INSIDE')
  )
    failures.add(
      `control: an allowed ref inside the folder was not followed (${control.problem ?? control.error?.message})`,
    );
  let refused = 0;
  try {
    await families.run(
      'hostile $refs',
      fc.tuple(hostileRef(port), fc.constantFrom(0, 1, 2)),
      n(300, 30_000),
      seed + 4,
      async ([ref, which]) => {
        writeFileSync(specFile, docWithRef(ref));
        const before = canaryHits;
        const outcome = await loadOutcome(specFile, { ...optionSets[which]!, mode: 'lenient' });
        if (outcome.problem) return outcome.problem;
        if (canaryHits > before)
          return `the canary server on 127.0.0.1 received ${canaryHits - before} request(s) (SSRF)`;
        const text = outcome.loaded ? JSON.stringify((outcome.loaded as { document: unknown }).document) : '';
        if (text.includes('CANARY-SECRET-FILE')) return 'a file outside the spec folder was read (path traversal)';
        if (text.includes('CANARY-REMOTE')) return 'a remote ref was followed';
        if (outcome.error) {
          refused++;
          if (!['EXTERNAL_REF', 'MISSING_REF', 'FETCH_FAILED', 'NOT_FOUND'].includes(outcome.error.code))
            return `refused with ${outcome.error.code}: ${outcome.error.message}`;
        }
        return undefined;
      },
      { perCaseMs: 5000, batch: 300 },
    );
  } finally {
    canary.close();
    rmSync(base, { recursive: true, force: true });
  }

  const cases = families.cases;
  return {
    name: 'hostile-spec',
    ok: failures.count === 0,
    summary: `${cases} cases: ${families.summary()}; ${refused} refs refused, canary hits ${canaryHits}`,
    figures: {
      cases,
      refused,
      canaryHits,
      ...Object.fromEntries(families.byFamily()),
      failures: failures.count,
    },
    failures: failures.list,
    totals: { hostileCases: cases },
  };
}
