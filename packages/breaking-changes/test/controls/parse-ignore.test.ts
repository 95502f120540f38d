import { describe, expect, it } from 'vitest';
import { ControlError, parseIgnore } from '../../src/index.ts';

const ids = ['operation-removed', 'response-required-property-removed'];
const pointer = '/paths/~1me/get/responses/200/content/application~1json/schema/properties/login';

describe('parseIgnore', () => {
  it.each([
    {
      given: 'rule, method and path',
      text: 'operation-removed GET /me',
      want: { ruleId: 'operation-removed', method: 'GET', path: '/me', line: 1, text: 'operation-removed GET /me' },
    },
    {
      given: 'a lower-case method and an expiry',
      text: '# known\noperation-removed get /me until 2026-12-31 # until the v3 switch',
      want: { method: 'GET', until: '2026-12-31', line: 2, text: 'operation-removed get /me until 2026-12-31' },
    },
    {
      given: 'a stable key',
      text: `response-required-property-removed GET /me ${pointer}`,
      want: { ruleId: 'response-required-property-removed', pointer },
    },
    {
      given: 'a stable key with an expiry',
      text: `response-required-property-removed GET /me ${pointer} until 2027-02-28`,
      want: { pointer, until: '2027-02-28' },
    },
  ])('$given', ({ text, want }) => {
    const [entry] = parseIgnore(text, '.breaking-ignore', ids);
    expect(entry).toMatchObject({ file: '.breaking-ignore', ...want });
  });

  it('skips comments and blank lines and keeps the file line numbers', () => {
    const entries = parseIgnore('# a\n\noperation-removed GET /a\n\noperation-removed PUT /b\n', 'f', ids);
    expect(entries.map((entry) => entry.line)).toEqual([3, 5]);
  });

  it.each([
    { given: 'an unknown rule', text: 'no-such-rule GET /me', line: 1, problem: 'unknown rule "no-such-rule"' },
    {
      given: 'an unknown method',
      text: '\noperation-removed FETCH /me',
      line: 2,
      problem: 'unknown HTTP method "FETCH"',
    },
    { given: 'a path without /', text: 'operation-removed GET me', line: 1, problem: 'the path must start with "/"' },
    {
      given: 'a webhook without its name',
      text: 'operation-removed POST webhook:',
      line: 1,
      problem: 'the path must start with "/" (or be webhook:name)',
    },
    {
      given: 'a pointer without /',
      text: 'operation-removed GET /me paths',
      line: 1,
      problem: 'the pointer must start',
    },
    { given: 'too few words', text: 'operation-removed GET', line: 1, problem: 'expected "rule-id METHOD /path' },
    { given: 'too many words', text: 'operation-removed GET /me /a /b', line: 1, problem: 'expected "rule-id METHOD' },
    {
      given: 'a day that does not exist',
      text: 'operation-removed GET /me until 2026-02-30',
      line: 1,
      problem: '"until" needs a day',
    },
    {
      given: 'a day in another form',
      text: 'operation-removed GET /me until 31/12/2026',
      line: 1,
      problem: '"until" needs a day',
    },
    {
      given: '"until" with no day',
      text: 'operation-removed GET /me until',
      line: 1,
      problem: 'write "until YYYY-MM-DD" at the end',
    },
    {
      given: '"until" not at the end',
      text: 'operation-removed GET until 2026-12-31 /me',
      line: 1,
      problem: 'write "until',
    },
  ])('$given is an error naming the line', ({ text, line, problem }) => {
    let error: unknown;
    try {
      parseIgnore(text, 'ignore.txt', ids);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ControlError);
    expect(error).toMatchObject({ file: 'ignore.txt', line });
    expect((error as Error).message).toContain(`ignore.txt:${line}: ${problem}`);
  });
});
