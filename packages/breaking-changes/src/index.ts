export { diffSpecs } from './diff-specs.js';
export { catalogue } from './rules/catalogue.js';
export { routeKey, normalizePath } from './engine/route-key.js';
export { parseLog } from './log/parse-log.js';
export {
  checkAgainstLog,
  type CheckOptions,
  type CheckedChange,
  type EntryMatch,
  type LogCheck,
  type Verdict,
} from './log/check-against-log.js';
export { matchEntry, docsAnchor, type Evidence } from './log/match-entry.js';
export type { BreakingLog, LogEntry, LogRoute } from './log/log-types.js';
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
