import type { SchemaObject } from '@circleci-kit/spec-loader';
import { closedTailView } from './closed-tail.ts';
import { contentView } from './content-view.ts';
import { effectiveSchema } from './effective-schema.ts';
import { nullView } from './null-view.ts';
import { sideSchema } from './side-schema.ts';

/**
 * A schema as the rules compare it on one side of the exchange: `allOf`
 * merged (`effectiveSchema`), the other side's properties hidden
 * (`sideSchema`), 3.0's content formats in 3.1's words (`contentView`), a
 * closed tail as its `maxItems` (`closedTailView`), and `nullable` judged
 * on a union as a whole (`nullView`; `branch` when the schema is a branch
 * of a union the walk compares).
 *
 * @example
 * nodeView({ type: 'string', format: 'byte' }, 'response', false).contentEncoding; // 'base64'
 */
export function nodeView(schema: SchemaObject, side: 'request' | 'response', branch: boolean): SchemaObject {
  return nullView(closedTailView(contentView(sideSchema(effectiveSchema(schema), side))), branch);
}
