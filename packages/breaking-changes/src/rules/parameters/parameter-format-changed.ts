import { breakingMoveRule } from '../helpers/direction-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `parameter-format-changed` (error): A parameter gained or changed `format` (e.g. `uuid` to `date-time`): values that were valid are rejected.
 */
export const parameterFormatChanged: SchemaRule = breakingMoveRule({
  id: 'parameter-format-changed',
  level: 'error',
  side: 'request',
  keyword: 'format',
  sites: ['parameter'],
  where: (node) => node.depth === 0,
  summary: 'A parameter gained or changed `format` (e.g. `uuid` to `date-time`): values that were valid are rejected.',
});
