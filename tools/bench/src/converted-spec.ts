/**
 * The OpenAPI 3.1 form of a fixture spec, for the benches that measure the
 * 3.1 path beside the 3.0 one: converted with `spec convert`'s own converter
 * and written to a temporary folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { convertSpec } from '@circleci-kit/spec-loader/convert';

/** Converts the 3.0 spec at `path` to 3.1 and writes it into `dir` under the same name; returns the new path. */
export async function convertedTo31(path: string, dir: string): Promise<string> {
  const { text } = await convertSpec(readFileSync(path, 'utf8'), { to: '3.1', source: path });
  const out = join(dir, basename(path));
  writeFileSync(out, text);
  return out;
}
