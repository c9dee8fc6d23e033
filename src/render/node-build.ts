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

/** The build inputs whose change makes dist/ stale. */
const INPUTS = ['src', 'index.html', 'render.html', 'vite.config.ts', 'package.json', 'public'];

/** Whether dist/ holds a build of the render page newer than every input. */
export function isBuildFresh(root: string, outDir = 'dist'): boolean {
  const page = path.join(root, outDir, 'render.html');
  if (!existsSync(page)) return false;
  const built = statSync(page).mtimeMs;
  return INPUTS.every((input) => newestMtime(path.join(root, input)) <= built);
}

/** Builds the pages with Vite unless dist/ is up to date; returns the directory to serve. */
export async function ensureBuild(root: string, log: (line: string) => void): Promise<string> {
  const outDir = path.join(root, 'dist');
  if (isBuildFresh(root)) return outDir;
  log('backchannel render: building the pages (vite build)…');
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
