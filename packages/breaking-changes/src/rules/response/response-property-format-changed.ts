import { breakingMoveRule } from '../helpers/direction-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-property-format-changed` (warn): A response value lost or changed `format`: clients that parse it (dates, uuids) may receive values they cannot read.
 */
export const responsePropertyFormatChanged: SchemaRule = breakingMoveRule({
  id: 'response-property-format-changed',
  level: 'warn',
  side: 'response',
  keyword: 'format',
  summary:
    'A response value lost or changed `format`: clients that parse it (dates, uuids) may receive values they cannot read.',
});
