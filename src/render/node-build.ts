/**
 * Node side of `backchannel render`: makes sure the production build (dist/, with render.html) is
 * up to date, building it with Vite when a source is newer than the build.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (where vite.config.ts is), found from this file's location. */
export function projectRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Where `render` builds when dist/ is stale (ignored by git and the linters as dist-*). */
export const RENDER_OUT_DIR = 'dist-render';

/** The build inputs whose change makes a build stale. */
const INPUTS = ['src', 'index.html', 'render.html', 'vite.config.ts', 'package.json', 'public'];

/** Whether dist/ holds a build of the render page newer than every input. */
export function isBuildFresh(root: string, outDir = 'dist'): boolean {
  const page = path.join(root, outDir, 'render.html');
  if (!existsSync(page)) return false;
  const built = statSync(page).mtimeMs;
  return INPUTS.every((input) => newestMtime(path.join(root, input)) <= built);
}

/**
 * The directory to serve: dist/ when it is up to date; else dist-render/ (built with Vite now unless
 * it is itself up to date). The render build never overwrites dist/, which the explorer's e2e
 * server may be serving at the same time.
 */
export async function ensureBuild(root: string, log: (line: string) => void): Promise<string> {
  if (isBuildFresh(root, 'dist')) return path.join(root, 'dist');
  const outDir = path.join(root, RENDER_OUT_DIR);
  if (isBuildFresh(root, RENDER_OUT_DIR)) return outDir;
  log(`backchannel render: building the pages (vite build → ${RENDER_OUT_DIR}/)…`);
  const { build } = await import('vite');
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  if (!existsSync(path.join(outDir, 'render.html'))) {
    throw new Error('the build did not produce render.html (is it an input in vite.config.ts?)');
  }
  return outDir;
}
