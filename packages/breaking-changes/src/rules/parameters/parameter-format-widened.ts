import { directionRule } from '../helpers/direction-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `parameter-format-widened` (info): A parameter lost its `format` or took a wider one (`int32` → `int64`): every value clients send is still accepted.
 */
export const parameterFormatWidened: SchemaRule = directionRule({
  id: 'parameter-format-widened',
  level: 'info',
  side: 'request',
  keyword: 'format',
  moves: ['widened'],
  sites: ['parameter'],
  where: (node) => node.depth === 0,
  summary:
    'A parameter lost its `format` or took a wider one (`int32` → `int64`): every value clients send is still accepted.',
});
