#!/usr/bin/env node
// The `backchannel` command: runs the TypeScript CLI through tsx's loader (no build step needed).
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register();
const main = new URL('../src/cli/main.ts', import.meta.url);
const { run } = await import(fileURLToPath(main));
process.exitCode = await run(process.argv.slice(2));
