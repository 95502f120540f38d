import type { CommandContext } from '../../command-context.ts';
import { printJson } from '../../io.ts';
import { loadSpecForCli, type SpecFlags } from '../../load-spec-for-cli.ts';

/** The summary `spec info` prints (its `--json` keys). */
export interface SpecSummary {
  title: string;
  version: string;
  openapi: string;
  paths: number;
  operations: number;
  /** 3.1's webhooks (requests the API sends): 0 for a 3.0 document. */
  webhooks: number;
  fingerprint: string;
}

/**
 * Runs `spec info`: prints the title, version, OpenAPI version, path,
 * operation and webhook counts and fingerprint of the spec, and where it came from.
 *
 * @example
 * await runSpecInfo({ json: true }, context);
 */
export async function runSpecInfo(options: SpecFlags & { json?: boolean }, context: CommandContext): Promise<void> {
  const { io } = context;
  const { spec, resolved } = await loadSpecForCli(io, { ...options, lenient: true }, context);
  const summary: SpecSummary = {
    title: spec.info.title,
    version: spec.info.version,
    openapi: spec.openapi,
    paths: Object.keys(spec.document.paths).length,
    operations: spec.operations.size,
    webhooks: spec.webhooks.length,
    fingerprint: spec.fingerprint,
  };
  if (options.json === true) {
    printJson(io, summary);
    return;
  }
  const rows: Array<[string, string | number]> = [
    ...(Object.entries(summary) as Array<[string, string | number]>),
    ['source', `${resolved.spec} (from ${resolved.from})`],
  ];
  if (spec.warnings.length > 0) rows.push(['warnings', `${spec.warnings.length} (run spec validate)`]);
  for (const [key, value] of rows) io.stdout(`${`${key}:`.padEnd(13)}${value}\n`);
}
