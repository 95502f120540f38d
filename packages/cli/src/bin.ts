#!/usr/bin/env node
import { exitWhenDone } from './exit-when-done.js';
import { main } from './main.js';

const argv = process.argv.slice(2);
process.exitCode = await main(argv);
await exitWhenDone(argv);
