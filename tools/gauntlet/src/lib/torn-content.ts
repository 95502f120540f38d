import { createHash } from 'node:crypto';

/** The writers under test: spec-loader's cache, conformance's reports, pact's merge, the CLI's pact verification reports. */
export const WRITERS = ['spec-cache', 'conformance-report', 'pact', 'pact-verify-report'] as const;

/** Large content, distinct per writer and version, with its own checksum. */
export function payload(writer: string, version: number): Record<string, unknown> {
  const size = 200_000 + ((version * 7919) % 200_000);
  const body = createHash('sha256')
    .update(`${writer}:${version}`)
    .digest('hex')
    .repeat(Math.ceil(size / 64))
    .slice(0, size);
  return { writer, version, sha256: createHash('sha256').update(body).digest('hex'), body };
}

/** Whether a found payload is whole: its checksum matches its body and its version's content. */
export function payloadProblem(found: unknown, writer: string): string | undefined {
  const p = found as { writer?: string; version?: number; sha256?: string; body?: string } | undefined;
  if (!p || typeof p.version !== 'number' || typeof p.body !== 'string') return 'no payload';
  const want = payload(writer, p.version);
  if (p.writer !== writer || p.sha256 !== want.sha256 || p.body !== want.body)
    return `payload of version ${p.version} does not match its checksum (mixed)`;
  return undefined;
}
