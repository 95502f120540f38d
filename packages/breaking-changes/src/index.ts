export { diffSpecs } from './diff-specs.js';
export { catalogue } from './rules/catalogue.js';
export { routeKey, normalizePath } from './engine/route-key.js';
export type { Change, DiffOptions, Direction, Level, OperationRef } from './types.js';
export type {
  Finding,
  OperationMatching,
  OperationPair,
  OperationRule,
  ParameterPairing,
  Rule,
  SchemaNode,
  SchemaRule,
  SchemaSite,
  SpecRule,
} from './rules/rule.js';
