import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReferencePages, repoRoot } from '../src/reference-pages.ts';

describe('docs/reference', async () => {
  const pages = await renderReferencePages();

  it.each(pages.map((page) => [page.path, page.content] as const))('%s is current', (path, content) => {
    const file = join(repoRoot, path);
    const stale = `${path} is stale: it differs from what the code generates; run pnpm docs:generate and commit it`;
    expect(existsSync(file), `${path} is missing; run pnpm docs:generate and commit it`).toBe(true);
    expect(readFileSync(file, 'utf8') === content, stale).toBe(true);
  });

  it('lists every conformance check, breaking rule and CLI command', async () => {
    const { CHECK_IDS } = await import('@circleci-kit/conformance');
    const { catalogue } = await import('@circleci-kit/breaking-changes');
    const byPath = Object.fromEntries(pages.map((page) => [page.path, page.content]));
    for (const id of CHECK_IDS) expect(byPath['docs/reference/checks.md']).toContain(`| \`${id}\``);
    for (const rule of catalogue) expect(byPath['docs/reference/breaking-rules.md']).toContain(`| \`${rule.id}\``);
    for (const heading of ['## circleci-kit', '### circleci-kit conformance merge', '### circleci-kit breaking diff']) {
      expect(byPath['docs/reference/cli.md']).toContain(`${heading}\n`);
    }
    expect(byPath['docs/reference/cli.md']).toContain('--pact-dir <dir>');
  });
});
