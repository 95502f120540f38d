import { describe, expect, it } from 'vitest';
import { createProgram } from '../src/index.js';
import { programFor } from '../src/program-for.js';
import { captureIo as capture } from './support/capture-io.js';

const base = () => ({ io: capture(), setExitCode: () => {} });

/** The help `argv` prints with a program (Commander ends `--help` by throwing, exit code 0). */
async function helpOf(program: ReturnType<typeof createProgram>, argv: string[], io: { out: string }) {
  await program.parseAsync(argv, { from: 'user' }).catch(() => {});
  return io.out;
}

describe('programFor', () => {
  it.each([
    { given: ['breaking', 'diff', 'a.json', 'b.json'], want: ['breaking'] },
    { given: ['breaking'], want: ['breaking'] },
    { given: ['spec', 'info'], want: createProgram(base()).commands.map((command) => command.name()) },
    { given: ['--quiet', 'breaking', 'diff'], want: createProgram(base()).commands.map((command) => command.name()) },
    { given: ['constructor'], want: createProgram(base()).commands.map((command) => command.name()) },
    { given: [], want: createProgram(base()).commands.map((command) => command.name()) },
  ])('$given registers $want', async ({ given, want }) => {
    const program = await programFor(given, base());
    expect(program.commands.map((command) => command.name())).toEqual(want);
  });

  it.each([[['breaking', '--help']], [['breaking', 'diff', '--help']], [['breaking', 'history', '--help']]])(
    '%j prints the same help as the whole program',
    async (argv) => {
      const alone = base();
      const whole = base();
      const helpAlone = await helpOf(await programFor(argv, alone), argv, alone.io);
      const helpWhole = await helpOf(createProgram(whole), argv, whole.io);
      expect(helpAlone).toContain('Usage: circleci-kit breaking');
      expect(helpAlone).toBe(helpWhole);
    },
  );
});
