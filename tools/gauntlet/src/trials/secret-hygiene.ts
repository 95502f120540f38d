/**
 * Secret hygiene: the main job (conformance with JUnit, JSON and HTML
 * reports), conformance with Pact writing, the client with retries and
 * errors (every error printed every way), the `api` command (header, basic
 * and query auth, an error) and the `doctor` command, all with a sentinel
 * token, caches pointed at a temporary folder. Every file they produce and
 * every stdout and stderr is scanned for the token, the base64 of
 * `token:` and URL-encoded forms: zero hits.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { createClient } from '@circleci-kit/core-client';
import { startHost } from '../lib/host.ts';
import { cliBin, specPath } from '../lib/paths.ts';
import { runProcess } from '../lib/run-process.ts';
import { makeSentinel, scanFiles, scanTexts } from '../lib/scan.ts';
import { Failures, pick, type Scale, type TrialResult } from '../lib/trial.ts';

export async function run(scale: Scale): Promise<TrialResult> {
  const failures = new Failures();
  const token = makeSentinel();
  const dir = mkdtempSync(join(tmpdir(), 'gauntlet-secrets-'));
  const work = join(dir, 'work');
  mkdirSync(work);
  const env = {
    ...process.env,
    CIRCLECI_TOKEN: token,
    XDG_CACHE_HOME: join(dir, 'cache'),
    HOME: join(dir, 'home'),
    CIRCLECI_OPENAPI_SPEC: specPath,
    NO_COLOR: '1',
  };
  const outputs: Array<[string, string]> = [];
  const ran: string[] = [];
  const cli = async (name: string, args: string[], extraEnv: Record<string, string> = {}) => {
    const outcome = await runProcess(process.execPath, [cliBin, ...args], {
      cwd: work,
      env: { ...env, ...extraEnv },
      timeoutMs: pick(scale, 60_000, 400_000),
    });
    outputs.push([`${name} stdout`, outcome.stdout], [`${name} stderr`, outcome.stderr]);
    ran.push(`${name} (exit ${outcome.code ?? outcome.signal})`);
    if (outcome.timedOut) failures.add(`${name} hung`);
    return outcome;
  };
  const host = await startHost({ faults: { 'rate-limit': 0.2, 'server-error': 0.1, drop: 0.05 } });
  try {
    const ops = pick(
      scale,
      ['--ops', 'getCurrentUser,triggerPipeline,listContexts,createContext,getPipelineById,listPipelinesForProject'],
      [],
    );
    await cli('main job', [
      'conformance',
      '--runs',
      pick(scale, '5', '25'),
      '--seed',
      '1',
      ...ops,
      '--report',
      'junit=reports/junit.xml,json=reports/report.json,html=reports/report.html',
    ]);
    await cli('conformance --pact-dir', [
      'conformance',
      '--runs',
      '3',
      '--seed',
      '2',
      ...ops,
      '--pact-dir',
      'pacts',
      '--report',
      'json=reports/pact-run.json',
    ]);
    await cli('pact verify', [
      'pact',
      'verify',
      'pacts',
      '--target',
      'mock',
      '--report',
      'json=reports/verify.json,junit=reports/verify.xml',
    ]);
    for (const auth of ['header', 'basic', 'query']) {
      await cli(`api getCurrentUser --auth ${auth}`, ['api', 'getCurrentUser', '--base-url', host.url, '--auth', auth]);
      await cli(`api getPipelineById (error) --auth ${auth}`, [
        'api',
        'getPipelineById',
        '--param',
        'pipeline-id=00000000-0000-0000-0000-000000000000',
        '--base-url',
        host.url,
        '--auth',
        auth,
      ]);
    }
    const doctorHelp = await runProcess(process.execPath, [cliBin, 'doctor', '--help'], { env, timeoutMs: 20_000 });
    if (doctorHelp.code === 0) {
      await cli('doctor', ['doctor']);
      await cli('doctor --json --target', ['doctor', '--json', '--target', host.url]);
    } else ran.push('doctor: not in this build');

    // The client with retries and errors, everything it says written to a log.
    const log: string[] = [];
    for (const auth of ['header', 'basic', 'query'] as const) {
      const client = createClient({
        baseUrl: host.url,
        token,
        auth,
        retry: { maxRetries: 2, baseDelayMs: 5, maxRetryAfterMs: 500 }, // a 429 (Retry-After: 1) fails at once: one more error path
        onWarning: (message) => log.push(`warning: ${message}`),
        hooks: {
          beforeRequest: [(c) => void log.push(`request ${inspect(c.request)} ${JSON.stringify(c.request)}`)],
          beforeRetry: [
            (c) => void log.push(`retry ${c.reason} ${inspect(c)} ${JSON.stringify(c.error)} ${c.error.stack}`),
          ],
          afterResponse: [(c, r) => void log.push(`response ${JSON.stringify(r)} ${inspect(c)}`)],
        },
      });
      log.push(inspect(client, { depth: 5 }), JSON.stringify(client));
      for (let i = 0; i < pick(scale, 10, 200); i++) {
        for (const call of [
          () => client.getCurrentUser(),
          () => client.getPipelineById({ pipelineId: '00000000-0000-0000-0000-000000000000' }),
          () => client.triggerPipeline({ projectSlug: 'gh/acme/api', body: { branch: 'main' } }),
        ]) {
          try {
            log.push(`ok ${JSON.stringify(await call())}`);
          } catch (error) {
            log.push(
              `error ${String(error)} ${inspect(error, { depth: 5 })} ${JSON.stringify(error)} ${(error as Error).stack}`,
            );
          }
        }
      }
    }
    writeFileSync(join(work, 'client.log'), log.join('\n'));
    ran.push(`client (${log.length} log lines)`);
  } finally {
    await host.stop();
  }
  const scanned = scanFiles([dir], token);
  const hits = [...scanned.hits, ...scanTexts(outputs, token)];
  for (const hit of hits) failures.add(hit.replace(dir, '<tmp>'));
  // Control: the scan finds the token where it is put, in each form.
  writeFileSync(join(dir, 'control'), Buffer.from(`${token}:`).toString('base64'));
  if (scanFiles([dir], token).hits.length === hits.length - scanTexts(outputs, token).length)
    failures.add('control: a planted base64 token was not found');
  rmSync(dir, { recursive: true, force: true });
  return {
    name: 'secret-hygiene',
    ok: failures.count === 0,
    summary: `${ran.length} runs (${ran.join('; ')}); ${scanned.files} files (${Math.round(scanned.bytes / 1024)} kB) and ${outputs.length} streams scanned: ${hits.length} leaks`,
    figures: {
      runs: ran.length,
      files: scanned.files,
      kB: Math.round(scanned.bytes / 1024),
      streams: outputs.length,
      leaks: hits.length,
    },
    failures: failures.list,
    totals: { leaks: hits.length },
  };
}
