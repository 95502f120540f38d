import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summary } from '../examples/summary.ts';
import { CURRENT_SPEC } from './support/shared-specs.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const example = readFileSync(new URL('../examples/summary.ts', import.meta.url), 'utf8');

describe('the README example', () => {
  it('runs, and is the one the README shows', async () => {
    expect(readme).toContain(example.trim());
    expect(await summary(CURRENT_SPEC)).toMatch(
      /^CircleCI API v2: 110 operations, GET \/me is getCurrentUser, fingerprint [0-9a-f]{12}$/,
    );
    expect(await summary('{ "openapi": "3.0.3", ')).toMatch(/^PARSE_JSON at \/: /);
  });
});
