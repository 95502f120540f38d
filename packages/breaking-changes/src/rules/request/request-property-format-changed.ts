import { breakingMoveRule } from '../helpers/direction-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-property-format-changed` (error): A request body value gained or changed `format`: values that were valid may be rejected.
 */
export const requestPropertyFormatChanged: SchemaRule = breakingMoveRule({
  id: 'request-property-format-changed',
  level: 'error',
  side: 'request',
  keyword: 'format',
  sites: ['request-body'],
  summary: 'A request body value gained or changed `format`: values that were valid may be rejected.',
});
