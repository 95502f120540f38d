export { diffSpecs } from './diff-specs.js';
export { catalogue } from './rules/catalogue.js';
export { routeKey, normalizePath } from './engine/route-key.js';
export { parseLog } from './log/parse-log.js';
export { LogError, type LogErrorCode } from './log/log-error.js';
export { checkLogNesting, MAX_LOG_NESTING } from './log/check-nesting.js';
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
export type { Change, DiffOptions, Direction, Level, OperationRef, StabilityLevel } from './types.js';
export type {
  Finding,
  OperationMatching,
  OperationPair,
  OperationRule,
  ParameterPairing,
  Rule,
  RuleContext,
  SchemaNode,
  SchemaRule,
  SchemaSite,
  SpecRule,
} from './rules/rule.js';
export { breakingReport, meetsFailOn, type BreakingReport, type FailOn } from './report/breaking-report.js';
export { formatText } from './format/format-text.js';
export { formatMarkdown } from './format/format-markdown.js';
export { formatJunit } from './format/format-junit.js';
export { formatGithub } from './format/format-github.js';
export { formatTimeline } from './format/format-timeline.js';
export { listHistory, type HistoryVersion } from './history/list-history.js';
export { readLogHistory, revisionAt, type LogRevision } from './history/read-log-history.js';
export { replayHistory, type ReplayOptions, type ReplayResult, type ReplayStep } from './history/replay-history.js';
export { ControlError } from './controls/control-error.js';
export { parseSeverity, type SeverityLevel, type SeverityOverrides } from './controls/parse-severity.js';
export { applySeverity } from './controls/apply-severity.js';
export { isDay, parseIgnore, type IgnoreEntry } from './controls/parse-ignore.js';
export {
  applyIgnore,
  ignoreMatches,
  type IgnoredBy,
  type IgnoreResult,
  type ReportedChange,
} from './controls/apply-ignore.js';
export { changeKey } from './controls/change-key.js';
export { notSeenWindow, type NotSeenWindow, type NotSeenWindowInput } from './controls/not-seen-window.js';
export { historyDate } from './controls/history-date.js';
