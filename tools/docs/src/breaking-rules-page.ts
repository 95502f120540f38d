import { catalogue, type Rule } from '@circleci-kit/breaking-changes';
import { cell, generatedNotice, table } from './markdown.ts';

const LEVELS = ['error', 'warn', 'info'] as const;

/**
 * `docs/reference/breaking-rules.md`: the rule catalogue of
 * `@circleci-kit/breaking-changes` (`catalogue`), by level, then by id.
 */
export function breakingRulesPage(): string {
  const count = (level: string) => catalogue.filter((rule) => rule.level === level).length;
  const row = (rule: Rule) => [
    `\`${rule.id}\``,
    rule.direction,
    rule.scope,
    rule.docs === true ? 'yes' : '',
    cell(rule.summary),
  ];
  const sections = LEVELS.flatMap((level) => {
    const rules = catalogue.filter((rule) => rule.level === level).sort((a, b) => a.id.localeCompare(b.id));
    return [
      `## ${level} (${rules.length})`,
      '',
      table(['id', 'direction', 'scope', 'docs only', 'doc'], rules.map(row)),
      '',
    ];
  });
  return [
    generatedNotice('the catalogue of @circleci-kit/breaking-changes'),
    '',
    '# Breaking-change rules',
    '',
    `The ${catalogue.length} rules of \`circleci-kit breaking diff\` and \`diffSpecs\`: ${count('error')} \`error\``,
    `(breaks clients), ${count('warn')} \`warn\` (may break them) and ${count('info')} \`info\`.`,
    '`direction` is the side of the exchange a change affects (`none` for route-level and lifecycle changes);',
    '`scope` is what the rule compares: the two specs, two versions of an operation, or two versions of a schema node.',
    'Docs-only rules run only with `--include-docs`. `--fail-on error|warn|never` sets the level that fails the command.',
    'How changes are matched to the breaking-changes log is in the',
    '[breaking-changes README](../../packages/breaking-changes/README.md#how-changes-are-matched-to-the-log).',
    '',
    ...sections,
  ].join('\n');
}
