import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { breakingRulesPage } from './breaking-rules-page.ts';
import { checksPage } from './checks-page.ts';
import { cliPage } from './cli-page.ts';
import { formatMarkdown } from './markdown.ts';

/** The repository root. */
export const repoRoot: string = fileURLToPath(new URL('../../../', import.meta.url));

/** The generated pages, by path relative to the repository root. */
export const REFERENCE_PAGES: Readonly<Record<string, () => string>> = {
  'docs/reference/checks.md': checksPage,
  'docs/reference/breaking-rules.md': breakingRulesPage,
  'docs/reference/cli.md': cliPage,
};

/**
 * Renders every reference page from the code, formatted with prettier.
 *
 * @example
 * const pages = await renderReferencePages(); // [{ path: 'docs/reference/checks.md', content: '<!-- Generated…' }, …]
 */
export async function renderReferencePages(): Promise<Array<{ path: string; content: string }>> {
  return Promise.all(
    Object.entries(REFERENCE_PAGES).map(async ([path, render]) => ({
      path,
      content: await formatMarkdown(render(), join(repoRoot, path)),
    })),
  );
}
