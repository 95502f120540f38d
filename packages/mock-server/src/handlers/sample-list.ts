/**
 * Stateless list operations that page: a fixed list of sampled items for
 * the seed, two and a half pages long, paged like any other list.
 */
import { paged, type Handler } from './handler.ts';

/** Answers a stateless `page-token` operation from its sampled items. */
export const sampleList: Handler = (context) => {
  const schema = context.catalog.success(context.operation).schema;
  if (schema?.properties?.items?.items === undefined) {
    return {
      status: context.catalog.success(context.operation).status,
      body: context.catalog.template(context.operation),
    };
  }
  const count = Math.floor(context.pageSize * 2.5);
  const items = Array.from({ length: count }, (_, index) => context.catalog.item(context.operation, index));
  return paged(context, items, `sample:${context.operation.operationId}`);
};
