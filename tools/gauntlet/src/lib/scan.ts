import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A sentinel token: `sentinel-` and random hex, 40 characters. */
export const makeSentinel = (): string => `sentinel-${randomBytes(16).toString('hex').slice(0, 31)}`;

/** Every form the token could leak in: raw, base64 of `token:` (basic auth) and of the token, URL-encoded forms. */
export function leakForms(token: string): string[] {
  const basic = Buffer.from(`${token}:`).toString('base64');
  const bare = Buffer.from(token).toString('base64');
  const forms = [
    token,
    basic,
    basic.replace(/=+$/, ''),
    bare.replace(/=+$/, ''),
    encodeURIComponent(token),
    encodeURIComponent(basic),
    encodeURIComponent(`${token}:`),
    token.slice(9),
  ];
  return [...new Set(forms)];
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) out.push(...filesUnder(path));
    else if (stat.isFile()) out.push(path);
  }
  return out;
}

/** Where a token leaks: `name: form` for each text that holds one of its forms. */
export function scanTexts(texts: ReadonlyArray<readonly [string, string]>, token: string): string[] {
  const forms = leakForms(token);
  const hits: string[] = [];
  for (const [name, text] of texts)
    for (const form of forms)
      if (text.includes(form))
        hits.push(`${name} holds ${form === token ? 'the token' : `a form of the token (${form})`}`);
  return hits;
}

/** Scans every file under the folders (binary files read as latin1 too). */
export function scanFiles(dirs: readonly string[], token: string): { files: number; bytes: number; hits: string[] } {
  const texts: Array<[string, string]> = [];
  let bytes = 0;
  for (const dir of dirs)
    for (const path of filesUnder(dir)) {
      const buffer = readFileSync(path);
      bytes += buffer.length;
      texts.push([path, buffer.toString('utf8')], [`${path} (latin1)`, buffer.toString('latin1')]);
    }
  return { files: texts.length / 2, bytes, hits: scanTexts(texts, token) };
}
