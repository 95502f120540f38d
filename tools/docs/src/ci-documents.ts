import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { codeBlocks, markdownFiles } from './markdown-files.ts';

/** What a CI document is: a CircleCI config or a GitHub Actions workflow. */
export type CiDocumentKind = 'circleci-config' | 'github-workflow';

/** A CI file of the repository, or a whole one shown in a fenced YAML block of its Markdown. */
export interface CiDocument {
  /** The file, relative to the repository: `.circleci/config.yml`, `docs/recipes/conformance-parallelism.md`. */
  readonly file: string;
  /** The line of the file the YAML starts at: 1 for a CI file, the block's first line for a snippet. */
  readonly line: number;
  /** Whether the YAML is a fenced block of a Markdown file. */
  readonly snippet: boolean;
  /** What it is. */
  readonly kind: CiDocumentKind;
  /** The YAML text. */
  readonly yaml: string;
}

/** Keys that, beside `version`, only a CircleCI config has at its top. */
const CIRCLECI_KEYS = ['jobs', 'workflows', 'orbs', 'commands', 'executors'];

/**
 * What kind of whole CI file a YAML document is: a CircleCI config has `version` (the one key CircleCI
 * requires) beside `jobs`, `workflows`, `orbs`, `commands` or `executors`; a GitHub Actions workflow has
 * `on` (the key that makes it one). Anything else — a fragment such as one job or a list of steps, or YAML
 * of another tool — is none, and undefined.
 *
 * @example
 * ciDocumentKind('version: 2.1\njobs: {}\n'); // 'circleci-config'
 * ciDocumentKind('on: push\njobs: {}\n'); // 'github-workflow'
 * ciDocumentKind('- checkout\n- run: make\n'); // undefined
 */
export function ciDocumentKind(yaml: string): CiDocumentKind | undefined {
  const top: unknown = parseDocument(yaml).toJS();
  if (typeof top !== 'object' || top === null || Array.isArray(top)) return undefined;
  const keys = Object.keys(top);
  if (keys.includes('on')) return 'github-workflow';
  if (keys.includes('version') && keys.some((key) => CIRCLECI_KEYS.includes(key))) return 'circleci-config';
  return undefined;
}

/**
 * The whole CI files among the fenced `yaml`/`yml` blocks of a Markdown text ({@link ciDocumentKind}).
 *
 * @example
 * ciSnippets('docs/x.md', '# CI\n\n```yaml\nversion: 2.1\njobs: {}\n```\n');
 * // [{ file: 'docs/x.md', line: 4, snippet: true, kind: 'circleci-config', yaml: 'version: 2.1\njobs: {}\n' }]
 */
export function ciSnippets(file: string, markdown: string): CiDocument[] {
  return codeBlocks(markdown)
    .filter((block) => block.lang === 'yaml' || block.lang === 'yml')
    .flatMap((block) => {
      const kind = ciDocumentKind(block.code);
      return kind === undefined ? [] : [{ file, line: block.line, snippet: true, kind, yaml: block.code }];
    });
}

/**
 * The repository's CI files: `.circleci/config.yml` and every `.github/workflows/*.yml` (or `.yaml`).
 *
 * @example
 * ciFiles(repoRoot).map((document) => document.file); // ['.circleci/config.yml', '.github/workflows/ci.yml', …]
 */
export function ciFiles(root: string): CiDocument[] {
  const file = (path: string, kind: CiDocumentKind): CiDocument => ({
    file: path,
    line: 1,
    snippet: false,
    kind,
    yaml: readFileSync(join(root, path), 'utf8'),
  });
  const workflows = join(root, '.github', 'workflows');
  return [
    file('.circleci/config.yml', 'circleci-config'),
    ...(existsSync(workflows) ? readdirSync(workflows) : [])
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => file(`.github/workflows/${name}`, 'github-workflow')),
  ];
}

/**
 * The whole CI files shown in the docs (`docs/**\/*.md`), the README and the packages' READMEs.
 *
 * @example
 * docsCiSnippets(repoRoot).map(({ file, line }) => `${file}:${line}`); // ['docs/recipes/breaking-changes-gate.md:30', …]
 */
export function docsCiSnippets(root: string): CiDocument[] {
  const packages = readdirSync(join(root, 'packages'))
    .map((name) => `packages/${name}/README.md`)
    .filter((path) => existsSync(join(root, path)))
    .sort();
  return [...markdownFiles(root, 'docs'), 'README.md', ...packages].flatMap((path) =>
    ciSnippets(path, readFileSync(join(root, path), 'utf8')),
  );
}
