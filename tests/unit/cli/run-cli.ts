/** Runs the `backchannel` CLI in-process and captures what it writes (one `\n` after each write). */
import { fileURLToPath } from 'node:url';
import { run } from '../../../src/cli/main.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function cli(args: string[], cwd = ROOT): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await run(args, {
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    cwd,
  });
  return { code, out, err };
}
