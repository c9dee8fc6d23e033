/**
 * E2E global setup: builds the production app once into a fresh temporary folder (never into the
 * repository) and serves it on 127.0.0.1 (a free port) with the project's one static server, sending
 * the Content-Security-Policy and the other security headers as every server of the project does
 * (src/render/csp.ts). Tests read the URL with `inject('baseUrl')` and the folder with
 * `inject('buildDir')`.
 *
 * `E2E_SKIP_BUILD=1` serves an earlier build instead: the folder in `E2E_BUILD_DIR` if set, else the
 * last one this setup built (its path is kept in `<os.tmpdir()>/backchannel-e2e-last-build`).
 * A new build removes earlier ones older than two hours (not the last: another run may serve it).
 */
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { SECURITY_HEADERS } from '../../src/render/csp.ts';
import { serveStatic } from '../../src/render/node-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    buildDir: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
/** Where the path of the last build is noted, for `E2E_SKIP_BUILD=1`. */
const LAST_BUILD = join(tmpdir(), 'backchannel-e2e-last-build');

/** The earlier build to serve with `E2E_SKIP_BUILD=1`, or a clear error. */
function earlierBuild(): string {
  const dir =
    process.env.E2E_BUILD_DIR ??
    (existsSync(LAST_BUILD) ? readFileSync(LAST_BUILD, 'utf8').trim() : '');
  if (dir === '' || !existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `E2E_SKIP_BUILD=1: no build to serve (E2E_BUILD_DIR or ${LAST_BUILD} names "${dir}", ` +
        'which holds no index.html); run once without E2E_SKIP_BUILD',
    );
  }
  return dir;
}

/** Removes this setup's builds older than two hours (other runs may be serving newer ones). */
function removeOldBuilds(keep: string): void {
  const cutoff = Date.now() - 2 * 3600_000;
  for (const name of readdirSync(tmpdir())) {
    const dir = join(tmpdir(), name);
    if (!/^backchannel-e2e-\w{6}$/.test(name) || dir === keep) continue;
    try {
      if (statSync(dir).isDirectory() && statSync(dir).mtimeMs < cutoff)
        rmSync(dir, { recursive: true, force: true });
    } catch {
      // removed meanwhile by another run
    }
  }
}

/** Builds the production app into a new temporary folder and notes it as the last build. */
async function freshBuild(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'backchannel-e2e-'));
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build: test what
  // users get (`npm run build`).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      logLevel: 'warn',
      configFile: join(ROOT, 'vite.config.ts'),
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  removeOldBuilds(outDir);
  writeFileSync(LAST_BUILD, outDir);
  return outDir;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = process.env.E2E_SKIP_BUILD === '1' ? earlierBuild() : await freshBuild();
  const server = await serveStatic(dir, { ...SECURITY_HEADERS });
  project.provide('buildDir', dir);
  project.provide('baseUrl', `${server.url}/`);
  return server.close;
}
