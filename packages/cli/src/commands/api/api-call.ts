import {
  CircleCIError,
  createClient,
  operations,
  RequestValidationError,
  type AuthScheme,
  type CircleCIErrorCode,
} from '@circleci-kit/core-client';
import { Option, type Command } from 'commander';
import { CliError } from '../../cli-error.js';
import { ExitCode, type ExitCodeValue } from '../../exit-codes.js';
import { printJson } from '../../io.js';
import { resolveToken } from '../../resolve-token.js';
import type { CommandContext } from '../../program.js';
import { parseParams } from './parse-params.js';
import { readBody } from './read-body.js';

interface ApiFlags {
  param: string[];
  body?: string;
  baseUrl?: string;
  paginate?: boolean;
  maxItems?: string;
  auth: AuthScheme;
  timeout?: string;
  json?: boolean;
}

const TARGET_CODES: ReadonlySet<CircleCIErrorCode> = new Set([
  'NETWORK_ERROR',
  'TIMEOUT',
  'ABORTED',
  'RETRY_AFTER_TOO_LONG',
]);

/** The exit code of a failed call: 3 when the API could not be reached or answered 5xx, 1 for any other HTTP error. */
export function exitCodeOfCall(error: CircleCIError): ExitCodeValue {
  if (TARGET_CODES.has(error.code) || (error.status ?? 0) >= 500) return ExitCode.target;
  return ExitCode.checkFailed;
}

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new CliError(`${flag} must be a positive integer, got ${value}`, ExitCode.usage);
  return n;
}

/**
 * Registers `api <operationId>`: calls any operation, like `gh api`, and prints the JSON answer.
 *
 * @example
 * registerApiCall(program, context); // circleci-kit api listPipelinesForProject --param projectSlug=gh/acme/api
 */
export function registerApiCall(program: Command, context: CommandContext): void {
  const { io, setExitCode } = context;
  program
    .command('api')
    .argument('<operationId>', 'the operation, e.g. getCurrentUser, triggerPipeline (its method name works too)')
    .description(
      "call any CircleCI API v2 operation and print the JSON answer; the token comes from CIRCLECI_TOKEN, CIRCLE_TOKEN or the config's tokenEnv",
    )
    .option(
      '-p, --param <name=value>',
      'a parameter, by camelCase or spec name; repeat for more (and for lists)',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option('--body <json|@file>', 'the request body: JSON text, or @path of a JSON file')
    .option('--base-url <url>', 'where the API lives (default https://circleci.com/api/v2)')
    .option('--paginate', 'follow next_page_token and print every item as one JSON array')
    .option('--max-items <n>', 'with --paginate: stop after n items')
    .addOption(
      new Option('--auth <scheme>', 'how the token is sent').choices(['header', 'basic', 'query']).default('header'),
    )
    .option('--timeout <ms>', 'per attempt, in ms', '30000')
    .option('--json', 'print JSON (the answer is always JSON; accepted like on every command)')
    .addHelpText(
      'after',
      `
Exit codes: 0 ok, 1 the API answered an error (4xx), 2 bad operation or parameters, 3 network error or 5xx.

Examples:
  $ circleci-kit api getCurrentUser
  $ circleci-kit api listPipelinesForProject --param project-slug=gh/CircleCI-Public/circleci-cli --param branch=main
  $ circleci-kit api triggerPipeline -p projectSlug=gh/acme/api --body '{"branch":"dev"}'
  $ circleci-kit api listPipelinesForProject -p projectSlug=gh/acme/api --paginate --max-items 50
`,
    )
    .action(async (operationId: string, flags: ApiFlags) => {
      const operation =
        operations[operationId] ??
        Object.values(operations).find((op) => op.id.toLowerCase() === operationId.toLowerCase());
      if (!operation) {
        throw new CliError(
          `unknown operation ${operationId}; run circleci-kit spec ops to list them`,
          ExitCode.usage,
          'UNKNOWN_OPERATION',
        );
      }
      const params = parseParams(operation, flags.param);
      if (flags.body !== undefined) params['body'] = await readBody(flags.body, io.cwd);
      const maxItems = positiveInteger(flags.maxItems, '--max-items');
      const timeoutMs = positiveInteger(flags.timeout, '--timeout');
      const resolvedToken = resolveToken(io.env, (await context.config()).config);
      const token = resolvedToken.value;
      if (token === undefined && !context.globals().quiet)
        io.stderr(`circleci-kit: no ${resolvedToken.candidates.join(' or ')} set; calling without a token\n`);
      const client = createClient({
        auth: flags.auth,
        onWarning: (message) => io.stderr(`${message}\n`),
        ...(token === undefined ? {} : { token }),
        ...(flags.baseUrl === undefined ? {} : { baseUrl: flags.baseUrl }),
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      });
      try {
        if (flags.paginate === true) {
          const items: unknown[] = [];
          for await (const item of client.paginate(operation.id, params, maxItems === undefined ? {} : { maxItems }))
            items.push(item);
          printJson(io, items);
        } else {
          printJson(io, (await client.request(operation.id, params)).data ?? null);
        }
      } catch (error) {
        if (error instanceof RequestValidationError) throw new CliError(error.message, ExitCode.usage, error.code);
        if (!(error instanceof CircleCIError)) throw error;
        printJson(io, { error: error.toJSON() });
        io.stderr(`circleci-kit: ${error.message}\n`);
        setExitCode(exitCodeOfCall(error));
      }
    });
}
