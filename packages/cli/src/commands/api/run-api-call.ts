import { CircleCIError, createClient, lookupOperation, operations, type AuthScheme } from '@circleci-kit/core-client';
import type { CommandContext } from '../../command-context.ts';
import { printJson } from '../../io.ts';
import { resolveToken } from '../../resolve-token.ts';
import { parseParams } from './parse-params.ts';
import { readBody } from './read-body.ts';

/** The flags of `api`, as commander parses them. */
export interface ApiFlags {
  param: string[];
  body?: string;
  baseUrl?: string;
  paginate?: boolean;
  maxItems?: number;
  auth: AuthScheme;
  timeout: number;
  json?: boolean;
}

/**
 * Runs `api <operationId>`: calls the operation with the parameters and
 * body of the flags (every page with `--paginate`) and prints the JSON
 * answer; an API error is printed as `{ error }` and then thrown.
 *
 * @example
 * await runApiCall('getCurrentUser', { param: [], auth: 'header', timeout: 30_000 }, context);
 */
export async function runApiCall(operationId: string, flags: ApiFlags, context: CommandContext): Promise<void> {
  const { io } = context;
  const operation = lookupOperation(operations, operationId);
  const params = parseParams(operation, flags.param);
  if (flags.body !== undefined) params['body'] = await readBody(flags.body, io.cwd);
  const resolvedToken = resolveToken(io.env, (await context.config()).config);
  const token = resolvedToken.value;
  if (token === undefined && !context.globals().quiet)
    io.stderr(`circleci-kit: no ${resolvedToken.candidates.join(' or ')} set; calling without a token\n`);
  const client = createClient({
    auth: flags.auth,
    onWarning: (message) => io.stderr(`${message}\n`),
    timeoutMs: flags.timeout,
    ...(token === undefined ? {} : { token }),
    ...(flags.baseUrl === undefined ? {} : { baseUrl: flags.baseUrl }),
  });
  try {
    if (flags.paginate === true) {
      const items: unknown[] = [];
      const options = flags.maxItems === undefined ? {} : { maxItems: flags.maxItems };
      for await (const item of client.paginateUnchecked(operation.id, params, options)) items.push(item);
      printJson(io, items);
    } else {
      printJson(io, (await client.requestUnchecked(operation.id, params)).data ?? null);
    }
  } catch (error) {
    // The API's answer is data too: print it, then end as every command does.
    if (error instanceof CircleCIError) printJson(io, { error: error.toJSON() });
    throw error;
  }
}
