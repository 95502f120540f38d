import type { RuleCase } from '../rule-cases.ts';
import { spec, type OpInput } from '../build-spec.ts';

const me: OpInput = { path: '/me', operationId: 'getMe' };
const job = (raw: Record<string, unknown> = {}, deprecated = false): OpInput => ({
  path: '/job',
  operationId: 'getJob',
  deprecated,
  raw,
});
const release = { releaseDate: '2025-06-01' };

/** Minimal pairs for removal against `x-sunset`, sunset edits, stability and deprecation notice. */
export const lifecycleCases: RuleCase[] = [
  {
    rule: 'operation-removed',
    given: 'deprecated with no x-sunset',
    pair: [spec(me, job({}, true)), spec(me)],
    want: 1,
  },
  {
    rule: 'operation-removed',
    given: 'deprecated with an x-sunset (judged by the sunset rules)',
    pair: [spec(me, job({ 'x-sunset': '2025-01-01' }, true)), spec(me)],
    want: 0,
    options: release,
  },
  {
    rule: 'operation-removed-before-sunset',
    given: 'removed a day before its sunset',
    pair: [spec(me, job({ 'x-sunset': '2025-06-02' }, true)), spec(me)],
    want: 1,
    options: release,
  },
  {
    rule: 'operation-removed-before-sunset',
    given: 'removed on its sunset day',
    pair: [spec(me, job({ 'x-sunset': '2025-06-01' }, true)), spec(me)],
    want: 0,
    options: release,
  },
  {
    rule: 'operation-removed-before-sunset',
    given: 'x-sunset but not deprecated (an ordinary removal)',
    pair: [spec(me, job({ 'x-sunset': '2025-12-01' })), spec(me)],
    want: 0,
    options: release,
  },
  {
    rule: 'operation-removed-after-sunset',
    given: 'removed on its sunset day',
    pair: [spec(me, job({ 'x-sunset': '2025-06-01' }, true)), spec(me)],
    want: 1,
    options: release,
  },
  {
    rule: 'operation-removed-after-sunset',
    given: 'a date-time sunset, passed',
    pair: [spec(me, job({ 'x-sunset': '2025-05-31T12:00:00Z' }, true)), spec(me)],
    want: 1,
    options: release,
  },
  {
    rule: 'operation-removed-after-sunset',
    given: 'removed before its sunset',
    pair: [spec(me, job({ 'x-sunset': '2025-07-01' }, true)), spec(me)],
    want: 0,
    options: release,
  },
  {
    rule: 'operation-sunset-earlier',
    given: 'x-sunset moved a month earlier',
    pair: [spec(job({ 'x-sunset': '2026-02-01' }, true)), spec(job({ 'x-sunset': '2026-01-01' }, true))],
    want: 1,
  },
  {
    rule: 'operation-sunset-earlier',
    given: 'x-sunset moved later',
    pair: [spec(job({ 'x-sunset': '2026-01-01' }, true)), spec(job({ 'x-sunset': '2026-02-01' }, true))],
    want: 0,
  },
  {
    rule: 'operation-sunset-changed',
    given: 'x-sunset moved earlier (that is operation-sunset-earlier)',
    pair: [spec(job({ 'x-sunset': '2026-02-01' }, true)), spec(job({ 'x-sunset': '2026-01-01' }, true))],
    want: 0,
  },
  {
    rule: 'operation-sunset-removed',
    given: 'x-sunset deleted, still deprecated',
    pair: [spec(job({ 'x-sunset': '2026-01-01' }, true)), spec(job({}, true))],
    want: 1,
  },
  {
    rule: 'operation-sunset-removed',
    given: 'x-sunset deleted with the deprecation',
    pair: [spec(job({ 'x-sunset': '2026-01-01' }, true)), spec(job())],
    want: 0,
  },
  {
    rule: 'operation-stability-decreased',
    given: 'stable → beta',
    pair: [spec(job({ 'x-stability-level': 'stable' })), spec(job({ 'x-stability-level': 'beta' }))],
    want: 1,
  },
  {
    rule: 'operation-stability-decreased',
    given: 'none (stable) → alpha',
    pair: [spec(job()), spec(job({ 'x-stability-level': 'alpha' }))],
    want: 1,
  },
  {
    rule: 'operation-stability-decreased',
    given: 'beta → stable',
    pair: [spec(job({ 'x-stability-level': 'beta' })), spec(job({ 'x-stability-level': 'stable' }))],
    want: 0,
  },
  {
    rule: 'operation-deprecated-sunset-missing',
    given: 'deprecated with no x-sunset, 90 days required',
    pair: [spec(job()), spec(job({}, true))],
    want: 1,
    options: { ...release, deprecationDays: 90 },
  },
  {
    rule: 'operation-deprecated-sunset-missing',
    given: 'deprecated with no x-sunset, no notice required',
    pair: [spec(job()), spec(job({}, true))],
    want: 0,
    options: release,
  },
  {
    rule: 'operation-sunset-too-soon',
    given: 'sunset 89 days after the release, 90 required',
    pair: [spec(job()), spec(job({ 'x-sunset': '2025-08-29' }, true))],
    want: 1,
    options: { ...release, deprecationDays: 90 },
  },
  {
    rule: 'operation-sunset-too-soon',
    given: 'sunset 90 days after the release, 90 required',
    pair: [spec(job()), spec(job({ 'x-sunset': '2025-08-30' }, true))],
    want: 0,
    options: { ...release, deprecationDays: 90 },
  },
  {
    rule: 'operation-sunset-too-soon',
    given: 'already deprecated before this release',
    pair: [spec(job({ 'x-sunset': '2025-06-10' }, true)), spec(job({ 'x-sunset': '2025-06-10' }, true))],
    want: 0,
    options: { ...release, deprecationDays: 90 },
  },
];
