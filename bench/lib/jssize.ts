/** The JavaScript a page can load: its module scripts, and every .js file they name, transitively. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

function allJs(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.js')) out.set(name, p);
    }
  };
  walk(dir);
  return out;
}

export interface JsSize {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/** Gzip size (level 9) of the JS files reachable from `htmlFile` inside its build directory. */
export function pageJsSize(htmlFile: string): JsSize {
  const dir = dirname(htmlFile);
  const js = allJs(dir);
  const names = [...js.keys()];
  const refs = (text: string): string[] => names.filter((n) => text.includes(n));
  const seen = new Set<string>();
  const queue = refs(readFileSync(htmlFile, 'utf8'));
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...refs(readFileSync(js.get(name) as string, 'utf8')));
  }
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const name of seen) {
    const buf = readFileSync(js.get(name) as string);
    rawBytes += buf.length;
    gzipBytes += gzipSync(buf, { level: 9 }).length;
  }
  return { files: [...seen].map((n) => basename(n)).sort(), rawBytes, gzipBytes };
}
