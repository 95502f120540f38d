import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const ciRun = readFileSync(new URL('.ci/run', root), 'utf8');

describe('the README and CI agree', () => {
  it('.ci/run runs the README test command verbatim', () => {
    const command = ciRun.split('\n').find((line) => line.startsWith('npx '));
    expect(command).toBeDefined();
    const fenced = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(fenced.split('\n')).toContain(command);
  });

  it('the README opens with a main-job command and a test command', () => {
    const fenced = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = fenced.split('\n').filter((line) => line.startsWith('npx '));
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/run main$/);
    expect(commands[1]).toMatch(/ test$/);
  });
});
