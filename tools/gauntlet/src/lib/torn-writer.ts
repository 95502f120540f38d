/**
 * The writer child of the torn-writes trial: `tsx torn-writer.ts <dir> <start>`
 * loops, writing version after version of large distinct contents through
 * the real writer functions, until it is killed (or after 20 s).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeReports, type ConformanceReport } from '@circleci-kit/conformance';
import { mergePactFile, writeVerificationReports } from '@circleci-kit/pact';
import { root } from './paths.ts';
import { payload, WRITERS } from './torn-content.ts';

const [dir = '', startText = '0'] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
const { writeCheckedFile } = (await import(`${root}packages/spec-loader/src/_internals/checked-file.ts`)) as {
  writeCheckedFile: (path: string, version: string, body: string) => Promise<void>;
};

const write: Record<(typeof WRITERS)[number], (version: number) => Promise<void> | void> = {
  'spec-cache': (v) =>
    writeCheckedFile(join(dir, 'spec-cache.json'), 'gauntlet', JSON.stringify(payload('spec-cache', v))),
  'conformance-report': (v) =>
    writeReports(payload('conformance-report', v) as unknown as ConformanceReport, [
      { format: 'json', path: join(dir, 'conformance-report.json') },
    ]),
  pact: async (v) => {
    await mergePactFile(join(dir, 'pact.json'), {
      consumer: 'gauntlet',
      provider: 'circleci',
      interactions: [
        {
          type: 'Synchronous/HTTP',
          key: 'one',
          description: 'one',
          request: { method: 'GET', path: '/me' },
          response: {
            status: 200,
            body: { content: payload('pact', v), contentType: 'application/json', encoded: false },
          },
        } as never,
      ],
    });
  },
  'pact-verify-report': (v) =>
    writeVerificationReports(payload('pact-verify-report', v) as never, [
      { format: 'json', path: join(dir, 'pact-verify-report.json') },
    ]),
};

const deadline = Date.now() + 20_000;
for (let version = Number(startText); Date.now() < deadline; version++) {
  for (const writer of WRITERS) await write[writer](version);
  process.stdout.write(`${version}\n`);
}
