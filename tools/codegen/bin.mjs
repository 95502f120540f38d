#!/usr/bin/env node
// circleci-kit-codegen: generates core-client's operation table and types from
// the spec. The generator is TypeScript (it shares the table builder with
// core-client's sources), so it runs through tsx.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./src/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
