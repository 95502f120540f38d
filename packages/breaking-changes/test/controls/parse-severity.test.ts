import { describe, expect, it } from 'vitest';
import { ControlError, parseSeverity } from '../../src/index.ts';

const ids = ['operation-removed', 'operation-tags-changed'];

describe('parseSeverity', () => {
  it.each([
    { given: 'one line', text: 'operation-removed: warn\n', want: [['operation-removed', 'warn']] },
    { given: 'no blank after the colon', text: 'operation-removed:info', want: [['operation-removed', 'info']] },
    {
      given: 'comments and blank lines',
      text: '# levels\n\noperation-removed: off # not ours\noperation-tags-changed: error\n',
      want: [
        ['operation-removed', 'off'],
        ['operation-tags-changed', 'error'],
      ],
    },
    { given: 'an empty file', text: '', want: [] },
    { given: 'CRLF line ends', text: 'operation-removed: warn\r\n', want: [['operation-removed', 'warn']] },
  ])('$given', ({ text, want }) => {
    expect([...parseSeverity(text, 'severity.txt', ids)]).toEqual(want);
  });

  it.each([
    {
      given: 'an unknown rule',
      text: 'no-such-rule: warn',
      line: 1,
      message: 'severity.txt:1: unknown rule "no-such-rule"',
    },
    {
      given: 'a bad level on line 3',
      text: '# x\noperation-removed: warn\noperation-tags-changed: fatal',
      line: 3,
      message: 'severity.txt:3: level must be error, warn, info or off, got "fatal"',
    },
    {
      given: 'no colon',
      text: '\noperation-removed warn',
      line: 2,
      message: 'severity.txt:2: expected "rule-id: level", got "operation-removed warn"',
    },
    {
      given: 'a rule twice',
      text: 'operation-removed: warn\noperation-removed: info',
      line: 2,
      message: 'severity.txt:2: rule "operation-removed" is given a level twice',
    },
  ])('$given is an error naming the line', ({ text, line, message }) => {
    let error: unknown;
    try {
      parseSeverity(text, 'severity.txt', ids);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ControlError);
    expect(error).toMatchObject({ file: 'severity.txt', line, message });
  });
});
