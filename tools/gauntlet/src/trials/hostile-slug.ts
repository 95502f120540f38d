/**
 * Hostile input for slug: arbitrary strings, slug-shaped strings and URLs
 * through every parser. Each call returns or throws a SlugError with a code
 * and a message; a parsed slug formats and parses back to itself.
 */
import fc from 'fast-check';
import {
  formatProjectSlug,
  fromPath,
  isProjectSlug,
  parseOrgSlug,
  parseProjectSlug,
  SlugError,
  slugFromGitConfig,
  slugFromUrl,
  toPath,
  toSegments,
} from '@circleci-kit/slug';
import { CaseFamilies } from '../lib/cases.ts';
import { describeError, Failures, pick, type Scale, type TrialResult } from '../lib/trial.ts';

/** Runs `fn`; a problem unless it returns or throws a SlugError with a code and a message. */
export function slugOutcome<T>(fn: () => T): { problem?: string; value?: T } {
  try {
    return { value: fn() };
  } catch (error) {
    if (!(error instanceof SlugError)) return { problem: `threw ${describeError(error)}` };
    // Read as plain text: this checks what the error promises instead of trusting its type.
    const code: string = error.code;
    if (!code || error.message.trim().length < 5) return { problem: `SlugError without a code or message` };
    return {};
  }
}

const part = fc.oneof(
  fc.constantFrom(
    'gh',
    'bb',
    'github',
    'bitbucket',
    'circleci',
    'gl',
    'GH',
    '',
    '.',
    '..',
    '%2F',
    '%',
    '%zz',
    '~',
    ' ',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.uuid(),
  fc.stringMatching(/^[1-9A-HJ-NP-Za-km-z]{22}$/),
);
const slugLike = fc
  .array(part, { minLength: 0, maxLength: 6 })
  .chain((parts) => fc.constantFrom('/', '%2F', '\\', '//').map((sep) => parts.join(sep)));
const urlLike = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom(
        'https://github.com/',
        'git@github.com:',
        'https://app.circleci.com/pipelines/',
        'https://bitbucket.org/',
        'ssh://git@github.com/',
        'https://circleci.com/gh/',
        'http://',
        'file://',
      ),
      slugLike,
      fc.constantFrom('', '.git', '/', '?x=1', '#frag'),
    )
    .map(([a, b, c]) => a + b + c),
);
const anything = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ maxLength: 80 }),
  slugLike,
  urlLike,
);

export async function run(scale: Scale): Promise<TrialResult> {
  const failures = new Failures();
  const families = new CaseFamilies(failures);
  const count = pick(scale, 4000, 100_000);
  await families.run(
    'parse',
    anything,
    count,
    scale.seed,
    (input) => {
      for (const fn of [
        parseProjectSlug,
        parseOrgSlug,
        fromPath,
        slugFromUrl,
        toPath,
        toSegments,
        isProjectSlug,
      ] as Array<(s: string) => unknown>) {
        const outcome = slugOutcome(() => fn(input));
        if (outcome.problem) return `${fn.name}: ${outcome.problem}`;
      }
      const parsed = slugOutcome(() => parseProjectSlug(input));
      if (parsed.value) {
        const formatted = slugOutcome(() => formatProjectSlug(parsed.value!));
        if (formatted.problem) return `formatProjectSlug: ${formatted.problem}`;
        const again = slugOutcome(() => parseProjectSlug(formatted.value!));
        if (again.problem || JSON.stringify(again.value) !== JSON.stringify(parsed.value))
          return `round trip: ${JSON.stringify(parsed.value)} → ${formatted.value} → ${JSON.stringify(again.value)}`;
      }
      return undefined;
    },
    { perCaseMs: 1000, batch: 2000 },
  );
  const gitConfig = fc
    .array(
      fc.oneof(
        fc.constantFrom('[remote "origin"]', '\turl = ', '[core]', '[remote "x"]', 'url=', '\n', ';', '#', '"', '\\'),
        urlLike,
        fc.string({ maxLength: 20 }),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''));
  await families.run(
    'git config',
    gitConfig,
    pick(scale, 1000, 20_000),
    scale.seed + 1,
    (text) => slugOutcome(() => slugFromGitConfig(text)).problem,
    { perCaseMs: 1000, batch: 2000 },
  );
  const cases = families.cases;
  return {
    name: 'hostile-slug',
    ok: failures.count === 0,
    summary: `${cases} cases × 7 parsers + round trips: ${families.summary()}`,
    figures: { cases, failures: failures.count },
    failures: failures.list,
    totals: { hostileCases: cases },
  };
}
