export { diffSpecs } from './diff-specs.ts';
export { catalogue } from './rules/catalogue.ts';
export { routeKey, normalizePath } from './engine/route-key.ts';
export { parseLog } from './log/parse-log.ts';
export { LogError, type LogErrorCode } from './log/log-error.ts';
export { checkLogNesting, MAX_LOG_NESTING } from './log/check-nesting.ts';
export {
  checkAgainstLog,
  type CheckOptions,
  type CheckedChange,
  type EntryMatch,
  type LogCheck,
  type Verdict,
} from './log/check-against-log.ts';
export { matchEntry, docsAnchor, type Evidence } from './log/match-entry.ts';
export type { BreakingLog, LogEntry, LogRoute } from './log/log-types.ts';
export type { Change, DiffOptions, Direction, Level, OperationRef, StabilityLevel } from './types.ts';
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
} from './rules/rule.ts';
export { breakingReport, meetsFailOn, type BreakingReport, type FailOn } from './report/breaking-report.ts';
export { formatText } from './format/format-text.ts';
export {
  formatMarkdown,
  markdownCell,
  type FormatMarkdownOptions,
  type MarkdownColumn,
} from './format/format-markdown.ts';
export { formatJunit } from './format/format-junit.ts';
export { formatGithub, type AnnotatedSpec, type GithubOptions } from './format/format-github.ts';
export { formatTimeline } from './format/format-timeline.ts';
export { listHistory, type HistoryVersion } from './history/list-history.ts';
export { readLogHistory, revisionAt, type LogRevision } from './history/read-log-history.ts';
export { replayHistory, type ReplayOptions, type ReplayResult, type ReplayStep } from './history/replay-history.ts';
export { ControlError } from './controls/control-error.ts';
export { parseSeverity, type SeverityLevel, type SeverityOverrides } from './controls/parse-severity.ts';
export { applySeverity } from './controls/apply-severity.ts';
export { isDay, parseIgnore, type IgnoreEntry } from './controls/parse-ignore.ts';
export {
  applyIgnore,
  ignoreMatches,
  type IgnoredBy,
  type IgnoreResult,
  type ReportedChange,
} from './controls/apply-ignore.ts';
export { changeKey } from './controls/change-key.ts';
export { notSeenWindow, type NotSeenWindow, type NotSeenWindowInput } from './controls/not-seen-window.ts';
export { historyDate } from './controls/history-date.ts';
