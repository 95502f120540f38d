import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The shared folder beside the repository: CircleCI's specs, its breaking-change log and other fixtures. */
export const SHARED_DIR = fileURLToPath(new URL('../../../../../shared/', import.meta.url));

/** The current CircleCI spec, read from the shared folder. */
export const CURRENT_SPEC = join(SHARED_DIR, 'specs/current/openapi.json');

/** The folder of every published spec, `circleci-v2-<date>.json`, with a trailing slash. */
export const HISTORY_DIR = join(SHARED_DIR, 'specs/history/');

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
