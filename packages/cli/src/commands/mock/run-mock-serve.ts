import { parseFault, startMockServer, type FaultRates, type MockServerOptions } from '@circleci-kit/mock-server';
import { CliError } from '../../cli-error.ts';
import { ExitCode } from '../../exit-codes.ts';
import type { CommandContext } from '../../command-context.ts';
import { printJson } from '../../io.ts';
import { loadSpecForCli, type SpecFlags } from '../../load-spec-for-cli.ts';

/** The flags of `circleci-kit mock`. */
export interface MockFlags extends SpecFlags {
  port: number;
  seed: number;
  host?: string;
  fault?: string[];
  pageSize: number;
  maxResources?: number;
  token?: string[];
  corsOrigin?: string[];
  /** False with `--no-cors`. */
  cors: boolean;
  json?: boolean;
}

/** The mock's `cors` option from `--cors-origin` and `--no-cors` (which exclude each other). */
function corsOf(options: Pick<MockFlags, 'cors' | 'corsOrigin'>): MockServerOptions['cors'] {
  if (!options.cors) {
    if (options.corsOrigin !== undefined)
      throw new CliError('--no-cors and --cors-origin exclude each other', ExitCode.usage, 'BAD_FLAGS');
    return false;
  }
  return options.corsOrigin === undefined ? undefined : { origins: options.corsOrigin };
}

function faultsOf(texts: readonly string[]): FaultRates {
  const faults: FaultRates = {};
  for (const text of texts) {
    const [kind, rate] = parseFault(text);
    faults[kind] = rate;
  }
  return faults;
}

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
 * Runs `circleci-kit mock`: starts the mock server for the spec, prints
 * where it listens (text or JSON), and serves until SIGINT or SIGTERM.
 *
 * @example
 * await runMockServe({ port: 0, seed: 1, pageSize: 20 }, context);
 */
export async function runMockServe(options: MockFlags, context: CommandContext): Promise<void> {
  const { io } = context;
  const faults = faultsOf(options.fault ?? []);
  const cors = corsOf(options);
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
    ...(cors === undefined ? {} : { cors }),
  });
  if (options.json === true) printJson(io, { url: server.url });
  else io.stdout(`listening on ${server.url}\n`);
  const signal = await untilSignal();
  await server.close();
  if (!context.globals().quiet) io.stderr(`stopped on ${signal}\n`);
}
