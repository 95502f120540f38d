import { Option, type Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';
import type { ConvertFlags } from './run-spec-convert.ts';

/**
 * Registers `spec convert --to 3.1 IN [-o OUT]`: writes an OpenAPI 3.0
 * document as the equivalent OpenAPI 3.1 document (key order, YAML comments
 * and descriptions kept), to stdout or atomically to OUT.
 *
 * @example
 * registerSpecConvert(specGroup, context); // circleci-kit spec convert --to 3.1 openapi.json -o openapi-31.json
 */
export function registerSpecConvert(group: Command, context: CommandContext): void {
  group
    .command('convert')
    .description('write an OpenAPI 3.0 document as the equivalent OpenAPI 3.1 document')
    .argument('<in>', 'the OpenAPI 3.0 document: a JSON or YAML file')
    .addOption(new Option('--to <version>', 'the OpenAPI version to write').choices(['3.1']).makeOptionMandatory())
    .option('-o, --output <file>', 'write here, atomically (.json, .yaml or .yml chooses the format), not to stdout')
    .addHelpText(
      'after',
      [
        '',
        'Key order, YAML comments and descriptions are kept. Each schema gets the 3.1 form of nullable',
        '(a "null" type), exclusiveMinimum/exclusiveMaximum (numbers) and example (examples); members',
        'beside a $ref that 3.0 ignores are dropped, with a note on stderr. The output format is that',
        'of --output, else of the input. The summary goes to stderr, or to stdout with --output.',
        '',
        'Examples:',
        '  $ circleci-kit spec convert --to 3.1 openapi.json > openapi-31.json',
        '  $ circleci-kit spec convert --to 3.1 openapi.yaml -o openapi-31.yaml',
        '',
      ].join('\n'),
    )
    .action(async (input: string, options: ConvertFlags) =>
      (await import('./run-spec-convert.ts')).runSpecConvert(input, options, context),
    );
}
