import { describe, expect, it } from 'vitest';
import { consumerMarkdown, CONSUMERS_COLUMN, consumerText, type ConsumerImpact } from '../../src/index.ts';

const change = {
  id: 'response-property-removed',
  level: 'error' as const,
  direction: 'response' as const,
  operation: { method: 'GET', path: '/me', operationId: 'getMe' },
  old: '/paths/~1me/get',
  new: null,
  message: 'gone',
};

/** An impact with a gap, a break tied to a rule, a cell with a `|`, and more interactions than a cell lists. */
const impact = {
  changes: [
    { ...change, consumers: ['web'], interactions: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
    { ...change, id: 'operation-removed', consumers: [], interactions: [] },
  ],
  consumerFindings: [
    { consumer: 'web', interaction: 'get | me', reason: 'no login', rules: ['response-property-removed'], gap: false },
    { consumer: 'ops', interaction: 'get id', reason: 'bad id', rules: [], gap: true },
  ],
  consumers: [
    { consumer: 'idle', status: 'safe', breakingChanges: [], brokenInteractions: [] },
    { consumer: 'ops', status: 'broken', breakingChanges: [], brokenInteractions: ['get id'] },
    { consumer: 'web', status: 'affected', breakingChanges: ['response-property-removed'], brokenInteractions: [] },
  ],
} as unknown as ConsumerImpact;

describe('consumer output', () => {
  it('text: a gap is named as such, each consumer has a line', () => {
    const text = consumerText(impact);
    expect(text).toContain('  ops: get id: bad id [no rule fired (a gap in the rule catalogue)]\n');
    expect(text).toContain('  web: get | me: no login [response-property-removed]\n');
    expect(text).toContain('  idle: safe\n  ops: broken (get id)\n  web: affected (response-property-removed)\n');
  });

  it('markdown: the column lists a few interactions and counts the rest, or says none known', () => {
    const [reached, unreached] = impact.changes;
    expect(CONSUMERS_COLUMN.cell(reached!)).toBe('**web**: a; b; c; d; e; and 2 more');
    expect(CONSUMERS_COLUMN.cell(unreached!)).toBe('none known');
  });

  it('markdown: outcomes, broken interactions with their rules or the gap, cells escaped', () => {
    const rows = consumerMarkdown(impact).split('\n');
    expect(rows).toContain('| **idle** | 🟢 safe |  |  |');
    expect(rows).toContain('| **ops** | 🔴 broken |  | get id |');
    expect(rows).toContain('| **web** | 🟠 affected | `response-property-removed` |  |');
    expect(rows).toContain('| **web** | get \\| me | no login | `response-property-removed` |');
    expect(rows).toContain('| **ops** | get id | bad id | ⚠️ none fired: a gap in the rule catalogue |');
  });

  it('markdown: no findings, no findings table', () => {
    expect(consumerMarkdown({ ...impact, consumerFindings: [] })).not.toContain('Interactions the new spec breaks');
  });
});
