import { readFile } from 'node:fs/promises';
import { SpecError } from '../spec-error.js';

/** Reads a spec file as UTF-8; a missing file is `NOT_FOUND`, any other failure `FETCH_FAILED`. */
export async function readSpecFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new SpecError({ code: 'NOT_FOUND', message: 'no such file', source: path, cause: error });
    }
    throw new SpecError({
      code: 'FETCH_FAILED',
      message: `cannot read the file (${code ?? String(error)})`,
      source: path,
      cause: error,
    });
  }
}
