/**
 * Schemas as the generator reads them, through `@circleci-kit/schema`'s own
 * resolution: `allOf` merged into one schema, `oneOf`/`anyOf` branches merged
 * with the schema around them, and whether a merged schema can be satisfied.
 */
import { impliedType, resolveNode, unionOf as unionOfNode, unsatisfiableReason } from '@circleci-kit/schema';
import type { SchemaObject } from '@circleci-kit/spec-loader';

/** The schema with its `allOf` merged in, memoized by object identity. */
export const resolveSchema = (schema: SchemaObject): SchemaObject => resolveNode(schema);

/** The branches of a union, each merged with the schema around it. */
export interface Union {
  readonly kind: 'oneOf' | 'anyOf';
  readonly branches: readonly SchemaObject[];
}

/** The `oneOf`/`anyOf` of a resolved schema, each branch merged with the rest of it; `undefined` when none. */
export const unionOf = (node: SchemaObject): Union | undefined => unionOfNode(node);

/** True unless the schema is known to admit no response value. */
export const isSatisfiable = (schema: SchemaObject): boolean => unsatisfiableReason(schema, 'response') === undefined;

/** The JSON type a resolved schema declares or implies by its keywords; `undefined` for an untyped schema. */
export const declaredType = (node: SchemaObject): SchemaObject['type'] => impliedType(node);
