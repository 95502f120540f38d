import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refersToOtherFiles } from '../../../src/commands/breaking/load-version.js';

/** The test as it was made before: the pattern over the whole decoded text. */
const WHOLE_TEXT = /\$ref["']?\s*:\s*(["']?)(?!#)[^\s"']/;

const dir = mkdtempSync(join(tmpdir(), 'refers-to-other-files-'));
let count = 0;
function fileWith(content: string | Uint8Array): string {
  const path = join(dir, `spec-${count++}.json`);
  writeFileSync(path, content);
  return path;
}

/**
 * Pieces that make the pattern's edge cases likely: quotes, colons, `#`, ASCII and other Unicode blanks
 * (runs of them too, past the first window), multi-byte characters.
 */
const piece = fc.constantFrom(
  '$ref',
  '"$ref"',
  "'$ref'",
  ':',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  ' '.repeat(59),
  '\u3000'.repeat(20),
  '\u2028',
  '\u3000',
  '\ufeff',
  '"',
  "'",
  '#',
  '#/components/schemas/A',
  './user.json',
  'é',
  '😀',
  '{',
  '}',
  ',',
  'x',
);

describe('refersToOtherFiles', () => {
  it.each([
    { given: 'local refs only', text: '{"a":{"$ref":"#/b"},"b":{"$ref": "#/c"}}', want: false },
    { given: 'a ref to a file', text: '{"a":{"$ref":"#/b"},"b":{"$ref": "./user.json"}}', want: true },
    { given: 'a YAML ref to a file', text: "a:\n  $ref: 'shared.yaml#/A'\n", want: true },
    { given: 'no ref at all', text: '{}', want: false },
    {
      given: 'blanks past the first window before a file name',
      text: `{"$ref":${' '.repeat(300)}"./a.json"}`,
      want: true,
    },
    { given: 'blanks past the first window before a #', text: `{"$ref":${'\u3000'.repeat(300)}"#/a"}`, want: false },
    { given: 'a multi-byte character where a window ends', text: `{"$ref":${' '.repeat(58)}"é"}`, want: true },
  ])('says $want for $given, as the pattern over the whole text does', ({ text, want }) => {
    expect(WHOLE_TEXT.test(text)).toBe(want);
    expect(refersToOtherFiles(fileWith(text))).toBe(want);
  });

  it('says false for a file it cannot read', () => {
    expect(refersToOtherFiles(join(dir, 'no-such-file.json'))).toBe(false);
    expect(refersToOtherFiles(dir)).toBe(false);
  });

  it('agrees with the pattern over the whole decoded text, for any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 60 }),
        fc.nat(70),
        (pieces, padding) => {
          const text = ' '.repeat(padding) + pieces.join('');
          expect(refersToOtherFiles(fileWith(text))).toBe(WHOLE_TEXT.test(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with the pattern over the text as Node decodes it, for bytes that are not UTF-8', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            piece.map((text) => Buffer.from(text)),
            fc.uint8Array({ maxLength: 4 }),
          ),
          { maxLength: 40 },
        ),
        (parts) => {
          const bytes = Buffer.concat(parts);
          expect(refersToOtherFiles(fileWith(bytes))).toBe(WHOLE_TEXT.test(bytes.toString('utf8')));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
