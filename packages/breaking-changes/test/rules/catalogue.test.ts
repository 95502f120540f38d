import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/index.ts';
import { compositionCases } from '../support/cases/composition.ts';
import { contentCases } from '../support/cases/content.ts';
import { dependentRequiredCases } from '../support/cases/dependent-required.ts';
import { lifecycleCases } from '../support/cases/lifecycle.ts';
import { mediaTypeCases } from '../support/cases/media-types.ts';
import { operationCases } from '../support/cases/operations.ts';
import { parameterCases } from '../support/cases/parameters.ts';
import { requestCases } from '../support/cases/request.ts';
import { responseCases } from '../support/cases/response.ts';
import { webhookCases } from '../support/cases/webhooks.ts';

const cases = [
  ...operationCases,
  ...parameterCases,
  ...requestCases,
  ...responseCases,
  ...lifecycleCases,
  ...mediaTypeCases,
  ...compositionCases,
  ...contentCases,
  ...dependentRequiredCases,
  ...webhookCases,
];

describe('the rule catalogue', () => {
  it('has at least 60 rules with unique kebab-case ids', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(60);
    expect(new Set(catalogue.map((rule) => rule.id)).size).toBe(catalogue.length);
    for (const rule of catalogue) expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each(catalogue.map((rule) => ({ id: rule.id })))(
    '$id has a minimal pair that fires it and one that does not',
    ({ id }) => {
      const mine = cases.filter((c) => c.rule === id);
      expect(mine.some((c) => c.want > 0)).toBe(true);
      expect(mine.some((c) => c.want === 0)).toBe(true);
    },
  );
});
