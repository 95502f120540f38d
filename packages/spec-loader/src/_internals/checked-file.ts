import { Buffer } from 'node:buffer';
import type * as NodeCryptoModule from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

type NodeCrypto = typeof NodeCryptoModule;

let crypto: NodeCrypto | undefined;

/**
 * `node:crypto`, loaded on first use through `require`, not by an ESM
 * `import`: on Node 20 that builds the module's ESM facade, which reads every
 * export and so loads Web Crypto as well, a cost to every warm load.
 */
export function nodeCrypto(): NodeCrypto {
  crypto ??= createRequire(import.meta.url)('node:crypto') as NodeCrypto;
  return crypto;
}

const MAGIC = 'circleci-kit-cache';

/**
 * Writes `body` with a checksummed header line, atomically
 * (`write-file-atomic`, loaded on first write: a temporary file in the same
 * folder, renamed over the target), so a reader never sees half a file.
 * Failures are ignored: a cache is an optimization.
 */
export async function writeCheckedFile(path: string, version: string, body: string): Promise<void> {
  const { createHash } = nodeCrypto();
  const bytes = Buffer.from(body, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const header = JSON.stringify({ magic: MAGIC, version, bytes: bytes.length, sha256 });
  try {
    await mkdir(dirname(path), { recursive: true });
    const { default: writeFileAtomic } = await import('write-file-atomic');
    await writeFileAtomic(path, Buffer.concat([Buffer.from(`${header}\n`, 'utf8'), bytes]));
  } catch {
    // Not written: the next load reads the source again.
  }
}

/**
 * Reads a file written by {@link writeCheckedFile}. A missing file, another
 * version, or a corrupt or truncated body (length or checksum mismatch) gives
 * `undefined`, and a bad file is removed so that it is rebuilt. The length
 * and checksum are checked on the bytes, before anything is decoded. Read
 * synchronously, as spec files are (see `readSpecFile`).
 */
export async function readCheckedFile(path: string, version: string): Promise<string | undefined> {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return undefined;
  }
  const { createHash } = nodeCrypto();
  const newline = file.indexOf(0x0a);
  try {
    const header = JSON.parse(file.subarray(0, Math.max(newline, 0)).toString('utf8')) as Record<string, unknown>;
    const body = file.subarray(newline + 1);
    if (
      newline > 0 &&
      header.magic === MAGIC &&
      header.version === version &&
      header.bytes === body.length &&
      header.sha256 === createHash('sha256').update(body).digest('hex')
    ) {
      return body.toString('utf8');
    }
  } catch {
    // Not even a header: corrupt.
  }
  await rm(path, { force: true }).catch(() => undefined);
  return undefined;
}
