import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The code of a file without its comments, so JSDoc examples do not count. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

describe('the main entry runs in browsers and Deno', () => {
  const files = [...sources(join(root, 'src')), ...sources(join(root, 'generated'))];

  it.each(files.map((file) => [file.slice(root.length + 1), file]))('%s uses no Node built-ins', (_name, file) => {
    const text = code(file);
    expect(text).not.toMatch(/from ['"]node:|import\(['"]node:|require\(/);
    expect(text).not.toMatch(/\bprocess\.|\bBuffer\b|__dirname/);
  });
});
