import type { PactVerificationReport } from '../../src/pact-verification-report.ts';

/**
 * A stand-in verification report: its `version`, and a body of that number
 * repeated 400,000 times, so that writing it takes many pages and any mix of
 * two versions shows.
 */
export function versionedReport(version: number): PactVerificationReport {
  return { version, body: String(version).repeat(400_000) } as unknown as PactVerificationReport;
}
