import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateFixture } from '@circleci-kit/fixtures/locate';

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The current CircleCI spec, in `../shared` beside the repository or in what `pnpm fixtures` fetched. */
export const CURRENT_SPEC = locateFixture('specs/current/openapi.json');

/** The folder of every published spec, `circleci-v2-<date>.json`, with a trailing slash. */
export const HISTORY_DIR = `${locateFixture('specs/history')}/`;

/** CircleCI's breaking-changes log. */
export const BREAKING_LOG = locateFixture('fixtures/breaking-log/breaking.md');

/** The folder of the log's earlier revisions, `breaking-<date>-<commit>.md`. */
export const BREAKING_LOG_HISTORY = locateFixture('fixtures/breaking-log/history');

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'circleci-kit-cli-'));
}

/** Writes `content` (JSON-encoded unless a string) to `name` in a fresh temporary folder and returns its path. */
export function tempFile(name: string, content: unknown): string {
  const path = join(tempDir(), name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
