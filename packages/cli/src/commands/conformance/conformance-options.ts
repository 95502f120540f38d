import {
  CHECK_IDS,
  ConformanceError,
  isCheckId,
  parseReportOption,
  parseShard,
  shardFromEnv,
  type CheckId,
  type ReportTarget,
  type Shard,
} from '@circleci-kit/conformance';
import { CliError } from '../../cli-error.js';
import { ExitCode } from '../../exit-codes.js';
import type { CliIo } from '../../io.js';

/** The flags of `circleci-kit conformance`, as commander parses them. */
export interface ConformanceFlags {
  spec?: string;
  cache?: boolean;
  target?: string;
  runs: string;
  seed?: string;
  ops?: string;
  checks?: string;
  shard?: string;
  report?: string;
  pactDir?: string;
  json?: boolean;
  allowWrites?: boolean;
  responseTimeBudget?: string;
  strictStatus?: boolean;
  timeout: string;
  replay?: string;
  replayDir: string;
}

/** Turns a ConformanceError from option parsing into a usage error (exit 2). */
export function usage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ConformanceError) throw new CliError(error.message, ExitCode.usage, error.code);
    throw error;
  }
}

/** A non-negative integer flag. */
export function integerFlag(name: string, text: string, min = 0): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new CliError(`${name} "${text}": expected an integer of at least ${min}`, ExitCode.usage, 'BAD_OPTION');
  }
  return value;
}

/** The checks of `--checks a,b`, each checked against the catalogue. */
export function checksFlag(text: string | undefined): CheckId[] | undefined {
  if (text === undefined) return undefined;
  const ids = text
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const unknown = ids.filter((id) => !isCheckId(id));
  if (unknown.length > 0) {
    throw new CliError(
      `unknown check ${unknown.join(', ')} (known: ${CHECK_IDS.join(', ')})`,
      ExitCode.usage,
      'UNKNOWN_CHECK',
    );
  }
  return ids as CheckId[];
}

/** `--shard i/n`, else CircleCI's CIRCLE_NODE_INDEX / CIRCLE_NODE_TOTAL. */
export function shardFlag(text: string | undefined, io: CliIo): Shard | undefined {
  return usage(() => (text === undefined ? shardFromEnv(io.env) : parseShard(text)));
}

/** `--report junit=PATH,json=PATH,html=PATH`. */
export function reportFlag(text: string | undefined, io: CliIo): ReportTarget[] {
  return text === undefined ? [] : usage(() => parseReportOption(text, io.cwd));
}
