import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The current CircleCI spec, read from the shared folder beside the repository. */
export const CURRENT_SPEC = fileURLToPath(
  new URL('../../../../../../shared/specs/current/openapi.json', import.meta.url),
);

/** The oldest published spec (2019-08-27), which breaks OpenAPI 3.0 in places. */
export const HISTORY_DIR = fileURLToPath(new URL('../../../../../../shared/specs/history/', import.meta.url));

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
