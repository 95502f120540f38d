import { describe, expect, it } from 'vitest';
import { createProgram } from '../src/create-program.ts';
import { captureIo as capture } from './support/capture-io.ts';

const base = () => ({ io: capture(), setExitCode: () => {} });
const everyGroup = createProgram(base()).commands.map((command) => command.name());

/** The help `argv` prints with a program (commander ends `--help` by throwing, exit code 0). */
async function helpOf(program: ReturnType<typeof createProgram>, argv: string[], io: { out: string }) {
  await program.parseAsync(argv, { from: 'user' }).catch(() => {});
  return io.out;
}

describe('createProgram', () => {
  it('registers every group without arguments', () => {
    expect(everyGroup).toEqual(['spec', 'slug', 'breaking', 'mock', 'conformance', 'pact', 'api', 'client', 'doctor']);
  });

  it.each(everyGroup.map((name) => [name]))('registers only %s when the arguments start with it', (name) => {
    expect(createProgram(base(), [name, '--help']).commands.map((command) => command.name())).toEqual([name]);
  });

  it.each([[['--quiet', 'spec', 'info']], [['constructor']], [['spce']], [[]]])(
    'registers every group for %j',
    (argv) => {
      expect(createProgram(base(), argv).commands.map((command) => command.name())).toEqual(everyGroup);
    },
  );

  it.each([
    ...everyGroup.map((name) => [[name, '--help']]),
    [['breaking', 'diff', '--help']],
    [['spec', 'info', '--help']],
  ])('%j prints the same help with one group as with all', async (argv) => {
    const alone = base();
    const whole = base();
    const helpAlone = await helpOf(createProgram(alone, argv), argv, alone.io);
    const helpWhole = await helpOf(createProgram(whole), argv, whole.io);
    expect(helpAlone).toContain(`Usage: circleci-kit ${argv[0]!}`);
    expect(helpAlone).toBe(helpWhole);
  });
});
