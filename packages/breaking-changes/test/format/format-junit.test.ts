import { describe, expect, it } from 'vitest';
import { breakingReport, formatJunit, type Change, type FailOn } from '../../src/index.ts';
import { change } from '../support/sample-changes.ts';

const error = change('response-property-removed', 'error');
const warn: Change = {
  ...change('response-optional-property-removed', 'warn', '/paths/~1me/get/responses/200'),
  operation: { method: 'get', path: '/me', operationId: 'getCurrentUser' },
};
const info: Change = { ...change('operation-added', 'info', '/paths/~1ping/get'), old: null, new: '/paths/~1ping/get' };
info.operation = { method: 'GET', path: '/ping', operationId: 'ping' };
const spec: Change = {
  ...change('servers-changed', 'warn', '/servers'),
  operation: { method: '', path: '', operationId: '' },
};
const ignored = {
  ...change('response-property-removed', 'error', '/paths/~1pipeline~1{pipeline-id}/get/responses/200'),
  ignored: true as const,
  ignoredBy: { file: '.breaking-ignore', line: 4, text: 'response-property-removed GET /pipeline/{pipeline-id}' },
};
const report = breakingReport([error, warn, info, spec, ignored]);

/** Each test case of the XML: class, name, and how it ended (`failed`, `skipped` or `passed`). */
function cases(xml: string): string[] {
  return [
    ...xml.matchAll(
      /<testcase classname="([^"]*)" name="([^"]*)">([\s\S]*?)<\/testcase>|<testcase classname="([^"]*)" name="([^"]*)"\/>/g,
    ),
  ].map((match) => {
    const body = match[3] ?? '';
    const end = body.includes('<failure') ? 'failed' : body.includes('<skipped') ? 'skipped' : 'passed';
    return `${end}: ${match[1] ?? match[4]} | ${match[2] ?? match[5]}`;
  });
}

describe('formatJunit', () => {
  it('one test case per change, its class the operation (or spec), its name the rule id and place', async () => {
    expect(cases(await formatJunit(report, 'error'))).toEqual([
      'failed: GET /pipeline/{pipeline-id} | response-property-removed /paths/~1pipeline~1{pipeline-id}/get/responses/200/content/application~1json/schema/properties/vcs',
      'passed: GET /me | response-optional-property-removed /paths/~1me/get/responses/200',
      'passed: GET /ping | operation-added /paths/~1ping/get',
      'passed: spec | servers-changed /servers',
      'skipped: GET /pipeline/{pipeline-id} | response-property-removed /paths/~1pipeline~1{pipeline-id}/get/responses/200',
    ]);
  });

  it.each([
    { given: 'error', want: { failures: 1, failed: ['response-property-removed'] } },
    {
      given: 'warn',
      want: {
        failures: 3,
        failed: ['response-property-removed', 'response-optional-property-removed', 'servers-changed'],
      },
    },
    { given: 'never', want: { failures: 0, failed: [] } },
  ] satisfies Array<{ given: FailOn; want: unknown }>)(
    '--fail-on $given: failures only for changes at or above it, never for an ignored one',
    async ({ given, want }) => {
      const xml = await formatJunit(report, given);
      expect(xml).toContain(
        `<testsuite name="breaking-changes" tests="5" failures="${want.failures}" errors="0" skipped="1"`,
      );
      const failed = [...xml.matchAll(/<failure message="[^"]*" type="([^"]+)"/g)].map((match) => match[1]);
      expect(failed).toEqual(want.failed);
    },
  );

  it('a failure carries the message, typed with the rule id; every case has its detail in system-out', async () => {
    const xml = await formatJunit(breakingReport([error, warn]), 'error');
    expect(xml).toContain(`<failure message="${error.message}" type="response-property-removed">`);
    expect(xml).toContain(
      `<system-out><![CDATA[warn response-optional-property-removed: ${warn.message}]]></system-out>`,
    );
  });

  it('an ignored change is skipped, its output naming the ignore line', async () => {
    const xml = await formatJunit(breakingReport([ignored]), 'warn');
    expect(xml).toMatch(
      /<skipped\/>\s*<system-out><!\[CDATA\[error response-property-removed: [^\]]*\nignored by \.breaking-ignore:4\]\]>/,
    );
    expect(xml).toContain('failures="0"');
  });

  it('no change, no failure', async () => {
    const xml = await formatJunit(breakingReport([]), 'warn');
    expect(xml).toContain('<testsuites name="breaking-changes" tests="0" failures="0"');
  });
});
