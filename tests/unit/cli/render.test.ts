import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRenderArgs } from '../../../src/cli/render.ts';
import { run } from '../../../src/cli/main.ts';

function capture(): {
  out: string[];
  err: string[];
  io: { out: (t: string) => void; err: (t: string) => void; cwd: string };
} {
  const out: string[] = [];
  const err: string[] = [];
  const cwd = mkdtempSync(path.join(tmpdir(), 'bc-render-'));
  return { out, err, io: { out: (t) => out.push(t), err: (t) => err.push(t), cwd } };
}

describe('parseRenderArgs', () => {
  it('reads every option', () => {
    const p = parseRenderArgs([
      'in.json',
      '--format',
      'svg',
      '--out',
      'x.svg',
      '--view',
      'events',
      '--layout',
      'circle',
      '--scale',
      '3',
      '--caption',
      '--theme',
      'dark',
      '--background',
      'transparent',
    ]);
    expect(p).toEqual({
      input: 'in.json',
      out: 'x.svg',
      options: {
        format: 'svg',
        scale: 3,
        view: 'events',
        layout: 'circle',
        caption: true,
        theme: 'dark',
        background: 'transparent',
      },
    });
  });

  it('takes the format from the output extension and defaults the rest', () => {
    expect(parseRenderArgs(['in.gexf', '--out', 'pic.JPG'])).toEqual({
      input: 'in.gexf',
      out: 'pic.JPG',
      options: { format: 'jpeg', scale: 2, view: 'actors', caption: false, theme: 'light' },
    });
  });

  it.each([
    [['--out', 'a.png'], /missing the input file/],
    [['in.json'], /missing --out/],
    [['in.json', '--out', 'a.bin'], /missing --format/],
    [['in.json', '--out', 'a.png', '--format', 'gif'], /--format must be one of png, svg, jpeg/],
    [['in.json', '--out', 'a.png', '--scale', '5'], /--scale must be a number from 1 to 4/],
    [['in.json', '--out', 'a.png', '--scale', 'big'], /--scale must be a number/],
    [['in.json', '--out', 'a.jpg', '--background', 'transparent'], /JPEG has no transparency/],
    [['in.json', '--out', 'a.png', '--view', 'tree'], /--view must be one of actors, events/],
    [['in.json', '--out', 'a.png', '--layout', 'x;rm'], /--layout must be a layout name/],
    [['in.json', '--out', 'a.png', '--bogus'], /Unknown option/],
    [
      ['in.json', '--out', 'a.png', '--preset', 'poster'],
      /--preset must be one of web, wide, print/,
    ],
    [['in.json', '--out', 'a.png', '--width', '12.5'], /--width must be a whole number/],
    [['in.json', '--out', 'a.png', '--width', '99999'], /from 200 to 16384/],
    [['in.json', '--out', 'a.png', '--width', '700', '--scale', '2'], /cannot be used together/],
    [['in.json', '--out', 'a.png', '--preset', 'web', '--width', '700'], /cannot be used together/],
    [['in.json', '--out', 'a.png', '--credit', 'X'], /add --caption/],
  ])('refuses %j', (args, message) => {
    expect(() => parseRenderArgs(args)).toThrow(message);
  });
});

describe('parseRenderArgs: sizes by final width and the credit line', () => {
  it('turns --preset into the final width and reads --width and --credit', () => {
    const base = ['in.json', '--out', 'a.png'];
    expect(parseRenderArgs([...base, '--preset', 'web']).options.width).toBe(700);
    expect(parseRenderArgs([...base, '--preset', 'wide']).options.width).toBe(1200);
    expect(parseRenderArgs([...base, '--preset', 'print']).options.width).toBe(3000);
    expect(parseRenderArgs([...base, '--width', '900']).options.width).toBe(900);
    expect(parseRenderArgs(base).options.width).toBeUndefined();
    const credited = parseRenderArgs([...base, '--caption', '--credit', ' Graphic: A. Name ']);
    expect(credited.options.credit).toBe('Graphic: A. Name');
  });
});

describe('backchannel render (before the browser)', () => {
  it('exits 2 with the usage on a bad option, without a stack trace', async () => {
    const c = capture();
    expect(await run(['render', 'in.json', '--out', 'a.png', '--scale', '9'], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('--scale must be a number from 1 to 4');
    expect(c.err.join('\n')).toContain('Usage: backchannel render');
    expect(c.err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when the input cannot be read', async () => {
    const c = capture();
    expect(await run(['render', 'missing.json', '--out', 'a.png'], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(/cannot read missing\.json: no such file/);
  });

  it('exits 1 with the problems (path: message) when the dataset is invalid, writing nothing', async () => {
    const c = capture();
    writeFileSync(
      path.join(c.io.cwd, 'bad.json'),
      JSON.stringify({
        schemaVersion: 1,
        id: 'x',
        title: 't',
        sources: [],
        actors: [],
        relations: [],
      }),
    );
    expect(await run(['render', 'bad.json', '--out', 'a.png'], c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('actors');
    const { existsSync } = await import('node:fs');
    expect(existsSync(path.join(c.io.cwd, 'a.png'))).toBe(false);
  });

  it('prints its help', async () => {
    const c = capture();
    expect(await run(['render', '--help'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('--background white|dark|transparent');
    expect(c.out.join('\n')).toContain('--preset web|wide|print');
    expect(c.out.join('\n')).toContain('--credit TEXT');
  });
});

describe('render build and server helpers', () => {
  it('isBuildFresh: false without a build, true after, false once an input is newer', async () => {
    const { mkdirSync, utimesSync } = await import('node:fs');
    const { isBuildFresh } = await import('../../../src/render/node-build.ts');
    const root = mkdtempSync(path.join(tmpdir(), 'bc-build-'));
    mkdirSync(path.join(root, 'src'));
    writeFileSync(path.join(root, 'src', 'a.ts'), 'x');
    writeFileSync(path.join(root, 'index.html'), 'x');
    expect(isBuildFresh(root)).toBe(false);
    mkdirSync(path.join(root, 'dist'));
    writeFileSync(path.join(root, 'dist', 'render.html'), 'built');
    const past = new Date(Date.now() - 60_000);
    utimesSync(path.join(root, 'src', 'a.ts'), past, past);
    utimesSync(path.join(root, 'src'), past, past);
    utimesSync(path.join(root, 'index.html'), past, past);
    expect(isBuildFresh(root)).toBe(true);
    const future = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, 'src', 'a.ts'), future, future);
    expect(isBuildFresh(root)).toBe(false);
  });

  it('serveStatic serves files of its directory only', async () => {
    const { serveStatic } = await import('../../../src/render/node-server.ts');
    const root = mkdtempSync(path.join(tmpdir(), 'bc-serve-'));
    writeFileSync(path.join(root, 'render.html'), '<p>hi</p>');
    const server = await serveStatic(root);
    try {
      const ok = await fetch(`${server.url}/render.html`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toContain('text/html');
      expect(await ok.text()).toBe('<p>hi</p>');
      expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
      expect((await fetch(`${server.url}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
