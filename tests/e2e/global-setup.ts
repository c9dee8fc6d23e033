/**
 * E2E global setup: builds the production app once (vite build → dist/) and serves dist/ on
 * 127.0.0.1 (a free port) with the project's one static server, sending the Content-Security-Policy
 * and the other security headers as every server of the project does (src/render/csp.ts). Tests read the URL
 * with `inject('baseUrl')`.
 */
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { SECURITY_HEADERS } from '../../src/render/csp.ts';
import { serveStatic } from '../../src/render/node-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    // vitest sets NODE_ENV=test, which would make Vite bundle React's development build: test what
    // users get (`npm run build`).
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root: ROOT, logLevel: 'warn', configFile: join(ROOT, 'vite.config.ts') });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }
  const server = await serveStatic(DIST, { ...SECURITY_HEADERS });
  project.provide('baseUrl', `${server.url}/`);
  return server.close;
}
