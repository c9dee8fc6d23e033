/**
 * zod, set up once for the whole project: every module that builds a schema imports `z` from here,
 * so the setting below runs before the first schema exists (in the page, the import worker, the CLI
 * and the render page alike).
 *
 * `jitless`: zod 4 compiles a fast parser for each object schema with `new Function` where the page
 * allows it (and probes for that with a `new Function('')`, which a strict CSP reports as a violation).
 * With it, zod never generates code: the app needs no `unsafe-eval`, and behaves the same whether
 * the CSP reaches a worker or not. zod reads the setting when a schema is built, hence this module.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
