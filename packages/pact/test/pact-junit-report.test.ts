import { describe, expect, it } from 'vitest';
import { pactJunitReport, type InteractionResult, type PactVerificationReport } from '../src/index.ts';

const result = (status: InteractionResult['status'], more: Partial<InteractionResult> = {}): InteractionResult => ({
  pact: 'pacts/app-circleci.json',
  consumer: 'app',
  provider: 'circleci',
  description: `getCurrentUser ${status}`,
  key: status,
  operationId: 'getCurrentUser',
  status,
  mismatches: [],
  request: { method: 'GET', path: '/api/v2/me' },
  durationMs: 12,
  ...more,
});

const report: PactVerificationReport = {
  format: 'circleci-kit-pact-verification/1',
  target: 'mock',
  pacts: [{ path: 'pacts/app-circleci.json', consumer: 'app', provider: 'circleci', interactions: 4 }],
  results: [
    result('passed'),
    result('failed', {
      mismatches: [
        { where: 'body', pointer: '/id', message: 'expected an integer, got "x" <b>' },
        { where: 'status', pointer: '', message: 'expected status 200, got 500' },
      ],
    }),
    result('error', { reason: 'cannot reach http://127.0.0.1:9: ECONNREFUSED' }),
    result('skipped', { operationId: 'listContexts', reason: 'not an HTTP interaction' }),
  ],
  totals: { passed: 1, failed: 1, skipped: 1, error: 1 },
  durationMs: 40,
};

describe('pactJunitReport', () => {
  it('writes one testsuite per operation and one testcase per interaction, escaped', async () => {
    const xml = pactJunitReport(report);
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml).toContain('<testsuite name="getCurrentUser" tests="3" failures="1" errors="1" skipped="0"');
    expect(xml).toContain('classname="pact.getCurrentUser"');
    expect(xml).toContain('<failure message="expected an integer, got &quot;x&quot; &lt;b>" type="pact">');
    expect(xml).toContain('body /id: expected an integer, got "x" <b>\nstatus : expected status 200, got 500');
    expect(xml).toContain('<error message="cannot reach http://127.0.0.1:9: ECONNREFUSED" type="target"/>');
    await expect(xml).toMatchFileSnapshot('__snapshots__/pact-junit.xml');
  });

  it('writes an empty report as an empty testsuites element', () => {
    const xml = pactJunitReport({ ...report, results: [], totals: { passed: 0, failed: 0, skipped: 0, error: 0 } });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="circleci-kit pact verify"/);
    expect(xml).not.toContain('<testsuite ');
  });
});
