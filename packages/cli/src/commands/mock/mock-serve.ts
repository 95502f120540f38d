import type { Command } from 'commander';
import { parseFault, startMockServer, type FaultRates } from '@circleci-kit/mock-server';
import type { CommandContext } from '../../command-context.js';
import { printJson } from '../../io.js';
import { loadSpecForCli, type SpecFlags } from '../../load-spec-for-cli.js';
import { integerOption } from '../../option-parsers.js';
import { addSpecOptions } from '../../spec-options.js';

/** The flags of `circleci-kit mock`. */
export interface MockFlags extends SpecFlags {
  port: number;
  seed: number;
  host?: string;
  fault?: string[];
  pageSize: number;
  maxResources?: number;
  token?: string[];
  json?: boolean;
}

function faultsOf(texts: readonly string[]): FaultRates {
  const faults: FaultRates = {};
  for (const text of texts) {
    const [kind, rate] = parseFault(text);
    faults[kind] = rate;
  }
  return faults;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * Registers `circleci-kit mock`: serves the spec as a CircleCI API v2 mock
 * on 127.0.0.1 until SIGINT or SIGTERM, printing `listening on <url>`.
 *
 * @example
 * registerMockServe(program, context); // circleci-kit mock --port 8080 --fault 429:0.1
 */
export function registerMockServe(program: Command, context: CommandContext): void {
  const { io } = context;
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
    .option('--json', 'print JSON once listening: { url }')
    .addHelpText(
      'after',
      '\nExamples:\n  $ circleci-kit mock --port 8080\n  $ circleci-kit mock --seed 7 --fault 429:0.1 --fault latency:0.2\n  $ circleci-kit mock --max-resources 10000\n  $ curl -H "Circle-Token: any" http://127.0.0.1:8080/api/v2/me\n',
    )
    .action(async (options: MockFlags) => {
      const faults = faultsOf(options.fault ?? []);
      const { spec } = await loadSpecForCli(io, { ...options, lenient: true }, context);
      const server = await startMockServer({
        spec,
        ...(options.host === undefined ? {} : { host: options.host }),
        port: options.port,
        seed: options.seed,
        pageSize: options.pageSize,
        ...(options.maxResources === undefined ? {} : { maxResources: options.maxResources }),
        ...(options.token === undefined ? {} : { tokens: options.token }),
        faults,
      });
      if (options.json === true) printJson(io, { url: server.url });
      else io.stdout(`listening on ${server.url}\n`);
      const signal = await untilSignal();
      await server.close();
      if (!context.globals().quiet) io.stderr(`stopped on ${signal}\n`);
    });
}
