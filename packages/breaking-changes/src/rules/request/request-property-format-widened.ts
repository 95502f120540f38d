import { directionRule } from '../helpers/direction-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-property-format-widened` (info): A request body value lost its `format` or took a wider one (`int32` → `int64`): every value clients send is still accepted.
 */
export const requestPropertyFormatWidened: SchemaRule = directionRule({
  id: 'request-property-format-widened',
  level: 'info',
  side: 'request',
  keyword: 'format',
  moves: ['widened'],
  sites: ['request-body'],
  summary:
    'A request body value lost its `format` or took a wider one (`int32` → `int64`): every value clients send is still accepted.',
});
