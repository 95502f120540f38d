import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  CONFORMANCE_REPORT_SCHEMA,
  htmlReport,
  junitReport,
  parseReportOption,
  runConformance,
  summaryTable,
  writeReports,
} from '../../src/index.ts';
import { currentSpec, fixedReport } from '../support/fixtures.ts';

describe('reporters', () => {
  it('prints the summary table of operations × checks', async () => {
    await expect(summaryTable(fixedReport())).toMatchFileSnapshot('__snapshots__/summary.txt');
  });

  it('writes JUnit XML with one testcase per operation × check', async () => {
    const xml = junitReport(fixedReport());
    expect(xml.match(/<testcase /g)).toHaveLength(6);
    expect(xml).toContain('<failure message="response-schema: body does not match');
    await expect(xml).toMatchFileSnapshot('__snapshots__/junit.xml');
  });

  it('writes a self-contained HTML matrix with escaped failure details', async () => {
    const html = htmlReport(fixedReport());
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!127)/);
    expect(html).toContain('&#60;b&#62;');
    await expect(html).toMatchFileSnapshot('__snapshots__/report.html.snap');
  });

  it('writes JSON that its documented schema accepts, for a real run too', async () => {
    const validate = new Ajv({ strict: false }).compile(CONFORMANCE_REPORT_SCHEMA);
    expect(validate(JSON.parse(JSON.stringify(fixedReport()))), JSON.stringify(validate.errors)).toBe(true);
    const spec = await currentSpec();
    const real = await runConformance({
      spec,
      runs: 2,
      seed: 3,
      operations: ['getCurrentUser', 'listContexts', 'createContext'],
    });
    expect(validate(JSON.parse(JSON.stringify(real))), JSON.stringify(validate.errors)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'conformance-reports-'));
    const targets = parseReportOption('junit=a/j.xml,json=a/r.json,html=b/r.html', dir);
    writeReports(real, targets);
    expect(JSON.parse(readFileSync(join(dir, 'a/r.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(real)));
    expect(readFileSync(join(dir, 'a/j.xml'), 'utf8')).toMatch(/^<\?xml/);
  });

  it.each(['junit', 'pdf=x', 'json='])('refuses --report %s', (given) =>
    expect(() => parseReportOption(given, '/')).toThrow(/expected junit=PATH/),
  );
});

const CHROMIUM = '/usr/bin/chromium';
const required = process.env.CIRCLECI_KIT_REQUIRE_CHROMIUM === '1';

describe('the HTML report in headless Chromium', () => {
  if (!existsSync(CHROMIUM) && required) {
    it('needs Chromium', () => {
      throw new Error(`CIRCLECI_KIT_REQUIRE_CHROMIUM=1 but ${CHROMIUM} is missing: apt-get install -y chromium`);
    });
  }
  const title = existsSync(CHROMIUM)
    ? 'renders the matrix of a real run to a non-blank screenshot'
    : 'renders the matrix (skipped: /usr/bin/chromium is not installed; CIRCLECI_KIT_REQUIRE_CHROMIUM=1 makes this fail)';
  it.skipIf(!existsSync(CHROMIUM))(title, async () => {
    const spec = await currentSpec();
    const report = await runConformance({
      spec,
      runs: 3,
      seed: 3,
      operations: [...spec.operations.keys()].slice(0, 30),
    });
    report.results[4]!.status = 'failed';
    report.results[4]!.failure = fixedReport().results[3]!.failure!;
    const dir = mkdtempSync(join(tmpdir(), 'conformance-html-'));
    const html = join(dir, 'report.html');
    const png = join(dir, 'report.png');
    writeReports(report, [{ format: 'html', path: html }]);
    const result = spawnSync(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${mkdtempSync(join(tmpdir(), 'chromium-'))}`,
        `--screenshot=${png}`,
        '--window-size=1200,900',
        `file://${html}`,
      ],
      { timeout: 60_000, encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(statSync(png).size).toBeGreaterThan(20_000);
    const image = readFileSync(png);
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    expect(image.readUInt32BE(16)).toBe(1200);
    // A blank page compresses to a few kB; the coloured matrix does not.
    expect(new Set(image.subarray(100, 20_000)).size).toBeGreaterThan(200);
  });
});
