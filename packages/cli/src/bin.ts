#!/usr/bin/env node
import { exitWhenDone } from './exit-when-done.ts';
import { CLI_VERSION } from './generated/cli-version.ts';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // The one answer that needs no command line parsed: given alone, print it without loading the program.
  process.stdout.write(`${CLI_VERSION}\n`);
} else {
  const { main } = await import('./main.ts');
  process.exitCode = await main(argv);
  await exitWhenDone(argv);
}
