import { directionRule } from '../helpers/direction-rule.js';
import { RESPONSE_SITES, type SchemaRule } from '../rule.js';

/**
 * `response-property-format-changed` (warn): A response value lost or changed `format`: clients that parse it (dates, uuids) may receive values they cannot read.
 */
export const responsePropertyFormatChanged: SchemaRule = directionRule({
  id: 'response-property-format-changed',
  level: 'warn',
  side: 'response',
  keyword: 'format',
  moves: ['widened', 'changed'],
  sites: RESPONSE_SITES,
  summary:
    'A response value lost or changed `format`: clients that parse it (dates, uuids) may receive values they cannot read.',
});
