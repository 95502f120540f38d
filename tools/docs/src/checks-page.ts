import { CHECK_CATALOGUE } from '@circleci-kit/conformance';
import { cell, generatedNotice, table } from './markdown.ts';

/**
 * `docs/reference/checks.md`: the conformance check catalogue
 * (`CHECK_CATALOGUE` of `@circleci-kit/conformance`), in report order.
 */
export function checksPage(): string {
  const rows = CHECK_CATALOGUE.map((check) => [
    `\`${check.id}\``,
    check.phase,
    check.kind,
    check.byDefault ? 'yes' : 'opt-in',
    cell(check.summary),
  ]);
  return [
    generatedNotice('CHECK_CATALOGUE in @circleci-kit/conformance'),
    '',
    '# Conformance checks',
    '',
    `The ${CHECK_CATALOGUE.length} checks of \`circleci-kit conformance\`, in report order. Pick some with`,
    '`--checks a,b`; the ids are those of the JUnit, JSON and HTML reports and of replay files.',
    'Checks of one phase share their requests; a phase of one operation is the unit a shard is made of.',
    'How a run works, and what each check allows, is in the',
    '[conformance README](../../packages/conformance/README.md#check-catalogue).',
    '',
    table(['id', 'phase', 'kind', 'runs by default', 'asserts'], rows),
    '',
  ].join('\n');
}
