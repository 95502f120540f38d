import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeIfChanged } from '../write-if-changed.mjs';

const dir = mkdtempSync(join(tmpdir(), 'write-if-changed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeIfChanged', () => {
  it('writes a new file, creating its folders, from a path or a file URL', () => {
    const file = join(dir, 'a', 'b', 'new.ts');
    expect(writeIfChanged(pathToFileURL(file), 'one\n')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('one\n');
    expect(writeIfChanged(join(dir, 'plain.ts'), 'x')).toBe(true);
    expect(readFileSync(join(dir, 'plain.ts'), 'utf8')).toBe('x');
  });

  it('leaves a file that already holds the text untouched: same content, same modification time', () => {
    const file = join(dir, 'same.ts');
    writeFileSync(file, 'kept\n');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(file, past, past);
    expect(writeIfChanged(file, 'kept\n')).toBe(false);
    expect(statSync(file).mtime.getTime()).toBe(past.getTime());
  });

  it('replaces a file whose text differs by a new file renamed over it, leaving no temporary file beside it', () => {
    const folder = join(dir, 'replace');
    const file = join(folder, 'changed.ts');
    writeIfChanged(file, 'old text, longer than the new one\n');
    const before = statSync(file).ino;
    expect(writeIfChanged(file, 'new\n')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    // A reader that opened the old file keeps reading it whole: a write in place would have cut it short.
    expect(statSync(file).ino).not.toBe(before);
    expect(readdirSync(folder)).toEqual(['changed.ts']);
  });

  it('names the file when it cannot be written', () => {
    writeFileSync(join(dir, 'a-file'), '');
    expect(() => writeIfChanged(join(dir, 'a-file', 'below.ts'), 'x')).toThrow(/a-file/);
  });
});
