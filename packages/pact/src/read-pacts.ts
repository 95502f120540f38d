import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PactError } from './pact-error.ts';
import type { PactFile } from './pact-types.ts';

/** A pact read from disk, with where it came from. */
export interface LoadedPact {
  path: string;
  pact: PactFile;
}

/** Checks the shape of a parsed pact; throws a {@link PactError} naming the problem. */
export function assertPact(value: unknown, where: string): PactFile {
  const pact = value as Partial<PactFile> | null;
  if (pact === null || typeof pact !== 'object' || !Array.isArray(pact.interactions)) {
    throw new PactError('BAD_PACT', `${where} is not a pact: it has no "interactions" array`, where);
  }
  if (typeof pact.consumer?.name !== 'string' || typeof pact.provider?.name !== 'string') {
    throw new PactError('BAD_PACT', `${where} is not a pact: "consumer.name" and "provider.name" are needed`, where);
  }
  return pact as PactFile;
}

/**
 * Reads one pact file: its JSON, checked to be a pact. Throws a
 * {@link PactError} (`BAD_PACT`) when it cannot be read as JSON or is not a
 * pact.
 *
 * @example
 * const { pact } = readPactFile('pacts/web-circleci-api-v2.json');
 */
export function readPactFile(path: string): LoadedPact {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PactError('BAD_PACT', `${path} is not JSON: ${(error as Error).message}`, path);
  }
  return { path, pact: assertPact(parsed, path) };
}

/**
 * The files {@link readPacts} reads, in order: the file itself, or every
 * `*.json` in a folder (sorted by name). Throws a {@link PactError}
 * (`NOT_FOUND`) when there is nothing there, or no `*.json` in the folder.
 *
 * @example
 * for (const path of pactPaths('pacts')) console.log(readPactFile(path).pact.consumer.name);
 */
export function pactPaths(fileOrDir: string): string[] {
  let stat;
  try {
    stat = statSync(fileOrDir);
  } catch {
    throw new PactError('NOT_FOUND', `no pact file or folder at ${fileOrDir}: check the path`, fileOrDir);
  }
  const paths = stat.isDirectory()
    ? readdirSync(fileOrDir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(fileOrDir, name))
    : [fileOrDir];
  if (paths.length === 0) throw new PactError('NOT_FOUND', `no *.json pact in ${fileOrDir}`, fileOrDir);
  return paths;
}

/**
 * Reads a pact file, or every `*.json` pact in a folder (sorted by name).
 * To hold one pact in memory at a time, read {@link pactPaths} one by one
 * with {@link readPactFile}.
 *
 * @example
 * for (const { path, pact } of readPacts('pacts')) console.log(path, pact.interactions.length);
 */
export function readPacts(fileOrDir: string): LoadedPact[] {
  return pactPaths(fileOrDir).map(readPactFile);
}
