// Shared fast-check arbitraries for the slug tests (not a test file itself).
import fc from 'fast-check';
import type { ParsedProjectSlug, ProjectSlug } from '../../src/index.ts';

const LETTERS: string = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS: string = '0123456789';

/** Every character allowed in org and repo names. */
export const NAME_ALPHABET: string = `${LETTERS}${DIGITS}.-_`;

/** An org or repo name from the full allowed alphabet (not `.`, `..`, nor ending in `.git`). */
export const name: fc.Arbitrary<string> = fc
  .string({ unit: fc.constantFrom(...NAME_ALPHABET), minLength: 1, maxLength: 40 })
  .filter((value) => value !== '.' && value !== '..' && !value.endsWith('.git'));

/** A CircleCI short id or a lower-case UUID. */
export const circleciId: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom(...LETTERS, ...DIGITS), minLength: 20, maxLength: 22 }),
  fc.uuid().map((uuid) => uuid.toLowerCase()),
);

/** Any valid project slug, parsed and canonical. */
export const parsedProjectSlug: fc.Arbitrary<ParsedProjectSlug> = fc
  .oneof(
    fc.tuple(fc.constantFrom('gh' as const, 'bb' as const), name, name),
    fc.tuple(fc.constant('circleci' as const), circleciId, circleciId),
  )
  .map(([vcs, org, project]) => ({ vcs, org, project, slug: `${vcs}/${org}/${project}` as ProjectSlug }));

const VCS_SPELLINGS = { gh: ['gh', 'github'], bb: ['bb', 'bitbucket'], circleci: ['circleci'] } as const;

/** Randomly upper-cases some letters of a word. */
function randomCase(word: string): fc.Arbitrary<string> {
  return fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((flags) => [...word].map((char, i) => (flags[i] ? char.toUpperCase() : char)).join(''));
}

/**
 * A valid slug written in any accepted way (VCS spelling and case, whitespace,
 * `.git`, trailing slash, UUID case), with the parsed slug it stands for.
 */
export const messyProjectSlug: fc.Arbitrary<{ text: string; want: ParsedProjectSlug }> = parsedProjectSlug.chain((x) =>
  fc
    .tuple(
      fc.constantFrom(...VCS_SPELLINGS[x.vcs]).chain(randomCase),
      fc.constantFrom('', ' ', '\t', '\n '),
      fc.constantFrom('', ' ', '\r\n'),
      fc.boolean(),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([vcs, before, after, gitSuffix, slash, upperIds]) => {
      const id = (value: string) => (upperIds && value.includes('-') ? value.toUpperCase() : value);
      const org = x.vcs === 'circleci' ? id(x.org) : x.org;
      const project = x.vcs === 'circleci' ? id(x.project) : x.project;
      const text = `${before}${vcs}/${org}/${project}${gitSuffix ? '.git' : ''}${slash ? '/' : ''}${after}`;
      return { text, want: x };
    }),
);

/** Strings built from slug-like fragments, to reach every branch of the parsers. */
export const slugLikeString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('gh', 'GitHub', 'bb', 'bitbucket', 'circleci', 'gl', 'gitlab', '/', '/', '%2F', '%2f', '%'),
      fc.constantFrom('.git', '.', '..', ' ', '-', '_', 'org', 'repo', '43G3lM5RtfFE7v5sa4nWAU', '%zz', '%E0%A4%A'),
      fc.constantFrom(
        'https://',
        'git@',
        'github.com',
        'bitbucket.org',
        ':',
        'app.circleci.com/',
        'pipelines/',
        'api/v2/project/',
      ),
      fc.constantFrom('[remote "origin"]', '\n', '\r\n', 'url = ', '"', '\\', '#', ';', '[url "x"]', 'insteadOf='),
      fc.uuid(),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));
