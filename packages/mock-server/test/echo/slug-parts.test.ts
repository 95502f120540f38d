import { describe, expect, it } from 'vitest';
import { slugPart, type SlugPart } from '../../src/echo/slug-parts.ts';

const ORG = '8a1c6a2e-4b8f-4c3a-9d2e-1f0a7b6c5d4e';
const PROJECT = 'f3b2a1c0-9e8d-4c7b-a6f5-e4d3c2b1a0f9';

describe('slugPart', () => {
  const table: Array<[Parameters<typeof slugPart>[0], string, SlugPart, string | undefined]> = [
    ['project', 'gh/acme/widgets', 'slug', 'gh/acme/widgets'],
    ['project', 'gh/acme/widgets', 'vcs', 'github'],
    ['project', 'bb/acme/widgets', 'vcs', 'bitbucket'],
    ['project', 'gh/acme/widgets', 'org-name', 'acme'],
    ['project', 'gh/acme/widgets', 'org-slug', 'gh/acme'],
    ['project', 'gh/acme/widgets', 'project-name', 'widgets'],
    ['project', 'gh/acme/widgets', 'project-id', undefined],
    ['project', 'gh/acme/widgets', 'org-id', undefined],
    ['project', `circleci/${ORG}/${PROJECT}`, 'org-id', ORG],
    ['project', `circleci/${ORG}/${PROJECT}`, 'project-id', PROJECT],
    ['project', `circleci/${ORG}/${PROJECT}`, 'project-name', undefined],
    ['project', `circleci/${ORG}/${PROJECT}`, 'vcs', 'circleci'],
    ['org', 'gh/acme', 'org-name', 'acme'],
    ['org', 'gh/acme', 'org-slug', 'gh/acme'],
    ['org', `circleci/${ORG}`, 'org-id', ORG],
    ['org-or-id', ORG, 'org-id', ORG],
    ['org-or-id', ORG.toUpperCase(), 'org-id', ORG],
    ['org-or-id', ORG, 'org-slug', undefined],
    ['org-or-id', 'bb/acme', 'vcs', 'bitbucket'],
  ];
  it.each(table)('%s %s → %s', (kind, value, part, expected) => expect(slugPart(kind, value, part)).toBe(expected));
});
