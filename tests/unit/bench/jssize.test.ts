import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlScripts, pageJsSizes, staticImports } from '../../../bench/lib/jssize.ts';

describe('htmlScripts', () => {
  it('names module scripts and module preloads, not other links', () => {
    const html = `<head><link rel="icon" href="x.js"><script type="module" crossorigin src="./assets/main-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-B.js"><link rel="stylesheet" href="./assets/a.css"></head>`;
    expect(htmlScripts(html)).toEqual(['main-A.js', 'react-B.js']);
  });
});

describe('staticImports', () => {
  it('keeps import … from, bare import and export … from; leaves out import()', () => {
    const code =
      'import{a as b,c}from"./react-B.js";import"./side.js";export{x}from"./re.js";' +
      'const l=()=>import("./lazy-C.js"),w=new URL("worker-D.js",import.meta.url);';
    expect(staticImports(code).sort()).toEqual(['re.js', 'react-B.js', 'side.js']);
  });
});

describe('pageJsSizes', () => {
  it('counts the static closure as initial, and lazy chunks and workers in all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jssize-'));
    mkdirSync(join(dir, 'assets'));
    const write = (name: string, text: string): void =>
      writeFileSync(join(dir, 'assets', name), text);
    writeFileSync(
      join(dir, 'index.html'),
      '<script type="module" src="./assets/main.js"></script>',
    );
    write('main.js', 'import{r}from"./lib.js";const p=()=>import("./panel.js");');
    write('lib.js', 'export const r=1;new Worker(new URL("worker.js",import.meta.url));');
    write('panel.js', 'import{r}from"./lib.js";import"./dialog.js";');
    write('dialog.js', 'export const d=2;');
    write('worker.js', 'self.onmessage=()=>{};');
    write('unrelated.js', 'export const u=3;');
    const s = pageJsSizes(join(dir, 'index.html'));
    expect(s.initial.files).toEqual(['lib.js', 'main.js']);
    expect(s.all.files).toEqual(['dialog.js', 'lib.js', 'main.js', 'panel.js', 'worker.js']);
    expect(s.initial.gzipBytes).toBeGreaterThan(0);
    expect(s.initial.gzipBytes).toBeLessThan(s.all.gzipBytes);
    expect(s.initial.rawBytes).toBeLessThan(s.all.rawBytes);
  });
});
