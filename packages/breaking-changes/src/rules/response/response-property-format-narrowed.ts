import { directionRule } from '../helpers/direction-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-property-format-narrowed` (info): A response value gained a `format` or took a narrower one (`int64` → `int32`): every value clients receive was already possible.
 */
export const responsePropertyFormatNarrowed: SchemaRule = directionRule({
  id: 'response-property-format-narrowed',
  level: 'info',
  side: 'response',
  keyword: 'format',
  moves: ['narrowed'],
  summary:
    'A response value gained a `format` or took a narrower one (`int64` → `int32`): every value clients receive was already possible.',
});
