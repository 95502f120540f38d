import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summary } from '../examples/summary.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const example = readFileSync(new URL('../examples/summary.ts', import.meta.url), 'utf8');
const specPath = fileURLToPath(new URL('../../../../shared/specs/current/openapi.json', import.meta.url));

describe('the README example', () => {
  it('runs, and is the one the README shows', async () => {
    expect(readme).toContain(example.trim());
    expect(await summary(specPath)).toMatch(
      /^CircleCI API v2: 110 operations, GET \/me is getCurrentUser, fingerprint [0-9a-f]{12}$/,
    );
    expect(await summary('{ "openapi": "3.0.3", ')).toMatch(/^PARSE_JSON at \/: /);
  });
});
