import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const MAGIC = 'circleci-kit-cache';

/**
 * Writes `body` with a checksummed header line, atomically: to a temporary
 * file in the same folder, then renamed over the target, so a reader never
 * sees half a file. Failures are ignored: a cache is an optimization.
 */
export async function writeCheckedFile(path: string, version: string, body: string): Promise<void> {
  const sha256 = createHash('sha256').update(body).digest('hex');
  const header = JSON.stringify({ magic: MAGIC, version, length: body.length, sha256 });
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, `${header}\n${body}`);
    await rename(temporary, path);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

/**
 * Reads a file written by {@link writeCheckedFile}. A missing file, another
 * version, or a corrupt or truncated body (length or checksum mismatch) gives
 * `undefined`, and a bad file is removed so that it is rebuilt.
 */
export async function readCheckedFile(path: string, version: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  try {
    const header = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
    const body = text.slice(newline + 1);
    if (
      newline > 0 &&
      header.magic === MAGIC &&
      header.version === version &&
      header.length === body.length &&
      header.sha256 === createHash('sha256').update(body).digest('hex')
    ) {
      return body;
    }
  } catch {
    // Not even a header: corrupt.
  }
  await rm(path, { force: true }).catch(() => undefined);
  return undefined;
}
