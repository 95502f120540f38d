import {
  parseReportOption,
  parseShard,
  shardFromEnv,
  type CheckId,
  type ReportTarget,
  type Shard,
} from '@circleci-kit/conformance';
import type { CliIo } from '../../io.ts';

/** The flags of `circleci-kit conformance`, as commander parses them. */
export interface ConformanceFlags {
  spec?: string;
  cache?: boolean;
  target?: string;
  runs: number;
  seed?: number;
  ops?: string;
  checks?: CheckId[];
  shard?: string;
  report?: string;
  pactDir?: string;
  json?: boolean;
  allowWrites?: boolean;
  responseTimeBudget?: number;
  strictStatus?: boolean;
  timeout: number;
  replay?: string;
  replayDir: string;
}

/**
 * `--shard i/n`, else CircleCI's CIRCLE_NODE_INDEX / CIRCLE_NODE_TOTAL.
 *
 * @throws {ConformanceError} `BAD_SHARD` (exit 2) naming what is wrong.
 * @example
 * shardFlag('2/4', io); // { index: 2, total: 4 }
 */
export function shardFlag(text: string | undefined, io: CliIo): Shard | undefined {
  return text === undefined ? shardFromEnv(io.env) : parseShard(text);
}

/**
 * `--report junit=PATH,json=PATH,html=PATH`, paths relative to the working directory.
 *
 * @throws {ConformanceError} `BAD_OPTION` (exit 2) for an unknown format or a missing path.
 * @example
 * reportFlag('junit=reports/c.xml', io); // [{ format: 'junit', path: '/repo/reports/c.xml' }]
 */
export function reportFlag(text: string | undefined, io: CliIo): ReportTarget[] {
  return text === undefined ? [] : parseReportOption(text, io.cwd);
}
