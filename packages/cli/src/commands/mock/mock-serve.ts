import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';
import { integerOption } from '../../option-parsers.ts';
import { addSpecOptions } from '../../spec-options.ts';
import type { MockFlags } from './run-mock-serve.ts';

/** Collects a repeatable option's values, in order. */
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * Registers `circleci-kit mock`: serves the spec as a CircleCI API v2 mock
 * on 127.0.0.1 until SIGINT or SIGTERM, printing `listening on <url>`.
 *
 * @example
 * registerMockServe(program, context); // circleci-kit mock --port 8080 --fault 429:0.1
 */
export function registerMockServe(program: Command, context: CommandContext): void {
  addSpecOptions(program.command('mock'))
    .description('serve the CircleCI API v2 from the spec on 127.0.0.1: routing, auth, validation, state, faults')
    .option('--port <n>', 'the port to listen on (0 picks a free one)', integerOption({ min: 0, max: 65535 }), 0)
    .option('--host <address>', 'the address to listen on', '127.0.0.1')
    .option('--seed <n>', 'decides sampled bodies, ids and faults', integerOption({ min: 0, max: 2 ** 32 - 1 }), 1)
    .option('--page-size <n>', 'items per page of every paged list', integerOption({ min: 1, max: 10_000 }), 20)
    .option(
      '--max-resources <n>',
      'hold at most n pipelines, contexts, schedules and webhooks, evicting the oldest first (default: no bound)',
      integerOption({ min: 1, max: 10 ** 9 }),
    )
    .option('--token <token>', 'accept only this token (repeatable; default: any non-empty token)', collect)
    .option(
      '--fault <kind:rate>',
      'inject a fault into a share of requests (repeatable): rate-limit|429, server-error|5xx, latency, drop, truncate',
      collect,
    )
    .option(
      '--cors-origin <origin>',
      'let pages from this origin (scheme://host[:port]) call the mock from a browser (repeatable; default: any origin)',
      collect,
    )
    .option('--no-cors', 'answer no CORS preflight and send no access-control-* header')
    .option('--json', 'print JSON once listening: { url }')
    .addHelpText(
      'after',
      '\nExamples:\n  $ circleci-kit mock --port 8080\n  $ circleci-kit mock --seed 7 --fault 429:0.1 --fault latency:0.2\n  $ circleci-kit mock --max-resources 10000\n  $ circleci-kit mock --cors-origin http://localhost:5173\n  $ curl -H "Circle-Token: any" http://127.0.0.1:8080/api/v2/me\n',
    )
    .action(async (options: MockFlags) => (await import('./run-mock-serve.ts')).runMockServe(options, context));
}
