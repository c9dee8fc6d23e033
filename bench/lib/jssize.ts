/**
 * The JavaScript a page loads, in two figures:
 * - `initial`: the module scripts and module preloads its HTML names, and their static imports,
 *   transitively: what is downloaded before the page can draw its first graph;
 * - `all`: every .js file the page can ever load: the above, plus the chunks named anywhere in them
 *   (dynamic `import()`, workers), transitively.
 */
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

export interface PageJsSizes {
  /** The HTML's scripts and their static imports. */
  initial: JsSize;
  /** Everything the page can load: lazy chunks and workers included. */
  all: JsSize;
}

/** The .js file names (basenames) of `<script type="module" src>` and `<link rel="modulepreload">`. */
export function htmlScripts(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?modulepreload\b/i.test(tag)) continue;
    const url = /\b(?:src|href)=["']?([^"'\s>]+\.js)\b/i.exec(tag)?.[1];
    if (url) out.push(basename(url));
  }
  return out;
}

/**
 * The .js file names a built ES module imports statically: `import … from "./x.js"`,
 * `import "./x.js"`, `export … from "./x.js"` (not `import("./x.js")`, which loads on demand).
 */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+\.js)["']/g;
  for (const m of code.matchAll(re)) if (m[1]) out.push(basename(m[1]));
  return out;
}

function sizeOf(names: Set<string>, js: Map<string, string>): JsSize {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const name of names) {
    const buf = readFileSync(js.get(name) as string);
    rawBytes += buf.length;
    gzipBytes += gzipSync(buf, { level: 9 }).length;
  }
  return { files: [...names].sort(), rawBytes, gzipBytes };
}

function closure(start: string[], next: (text: string) => string[], js: Map<string, string>) {
  const seen = new Set<string>();
  const queue = start.filter((n) => js.has(n));
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const text = readFileSync(js.get(name) as string, 'utf8');
    queue.push(...next(text).filter((n) => js.has(n)));
  }
  return seen;
}

/** Gzip sizes (level 9) of the JS of `htmlFile` inside its build directory: initial and all. */
export function pageJsSizes(htmlFile: string): PageJsSizes {
  const js = allJs(dirname(htmlFile));
  const names = [...js.keys()];
  const html = readFileSync(htmlFile, 'utf8');
  const named = (text: string): string[] => names.filter((n) => text.includes(n));
  const initial = closure(htmlScripts(html), staticImports, js);
  const all = closure([...initial, ...named(html)], named, js);
  return { initial: sizeOf(initial, js), all: sizeOf(all, js) };
}
