/**
 * `@circleci-kit/bundle/write-if-changed`: how every build-time step writes a
 * generated file. The file is left alone when it already holds the text, and
 * otherwise replaced atomically (`write-file-atomic`: a temporary file, then
 * a rename), so a type-check or lint that reads it meanwhile sees the old
 * text or the new one, never a file cut short.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeFileAtomic from 'write-file-atomic';

/**
 * Writes `text` to `file` (its folder is created) unless the file already
 * holds exactly that text.
 *
 * @param {string | URL} file The file to write.
 * @param {string} text Its new content.
 * @returns {boolean} True when the file was written, false when it already held `text`.
 * @example
 * writeIfChanged(new URL('../src/generated/cli-version.ts', import.meta.url), source);
 */
export function writeIfChanged(file, text) {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  let old;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    old = undefined;
  }
  if (old === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic.sync(path, text);
  return true;
}
