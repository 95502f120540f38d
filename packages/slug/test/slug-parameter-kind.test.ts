import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { describe, expect, it } from 'vitest';
import { slugParameterKind } from '../src/index.ts';

describe('slugParameterKind', () => {
  it.each([
    { given: 'project-slug', want: 'project' },
    { given: 'Project-Slug', want: 'project' },
    { given: 'project_slug', want: 'project' },
    { given: 'org-slug', want: 'org' },
    { given: 'owner-slug', want: 'org' },
    { given: 'org-slug-or-id', want: 'org-or-id' },
    { given: 'org-id', want: undefined },
    { given: 'orgID', want: undefined },
    { given: 'project', want: undefined },
    { given: 'organization', want: undefined },
    { given: 'slug', want: undefined },
    { given: 'project-id', want: undefined },
  ])('$given → $want', ({ given, want }) => {
    expect(slugParameterKind(given)).toBe(want);
  });

  // Every parameter whose name speaks of a slug, in every published version of the spec, has a kind.
  it('knows every slug parameter of the 109 published spec versions', () => {
    const dir = locateFixture('specs/history');
    const names = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) {
        node.forEach(visit);
        return;
      }
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (typeof record['name'] === 'string' && typeof record['in'] === 'string') names.add(record['name']);
      Object.values(record).forEach(visit);
    };
    const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(100);
    for (const file of files) visit(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    const slugLike = [...names].filter((name) => /slug/i.test(name)).sort();
    expect(slugLike.length).toBeGreaterThan(0);
    expect(slugLike.filter((name) => slugParameterKind(name) === undefined)).toEqual([]);
  });
});
