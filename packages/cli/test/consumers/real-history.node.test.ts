import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/index.ts';
import { captureIo } from '../support/capture-io.ts';
import { HISTORY_DIR } from '../support/fixtures.ts';
import { runInProcess } from '../support/run-breaking.ts';

const before = `${HISTORY_DIR}circleci-v2-2019-10-15.json`;
const after = `${HISTORY_DIR}circleci-v2-2019-10-16.json`;

describe('breaking diff --pacts on CircleCI’s history', () => {
  it('shows the 2019-10-16 move of the cancel route as consumer-broken for the interactions a conformance run recorded against 2019-10-15', async () => {
    const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'real-pacts-cache-')) };
    const pacts = mkdtempSync(join(tmpdir(), 'real-pacts-'));
    const io = captureIo({ env });
    const recorded = await main(
      ['conformance', '--spec', before, '--runs', '3', '--seed', '1', '--pact-dir', pacts],
      io,
    );
    expect(recorded, io.err).toBe(0);

    const run = await runInProcess(env, ['diff', before, after, '--pacts', pacts, '--json']);
    const report = JSON.parse(run.out) as {
      changes: Array<{ id: string; operation: { operationId?: string }; consumers: string[] }>;
      consumerFindings: Array<{ interaction: string; reason: string; rules: string[]; gap: boolean }>;
      consumers: Array<{ consumer: string; status: string }>;
    };
    const moved = report.changes.filter((change) => change.id === 'operation-moved');
    expect(moved).toMatchObject([{ operation: { operationId: 'cancelJob' }, consumers: ['circleci-kit'] }]);
    expect(report.consumerFindings.length).toBeGreaterThan(0);
    for (const finding of report.consumerFindings) {
      expect(finding.interaction).toMatch(/^cancelJob /);
      expect(finding).toMatchObject({ rules: ['operation-moved'], gap: false });
      expect(finding.reason).toContain('no operation of the spec answers POST');
    }
    expect(report.consumers).toEqual([expect.objectContaining({ consumer: 'circleci-kit', status: 'broken' })]);
  });
});
