/**
 * The project's one static server (src/render/node-server.ts): a malformed URL gets 400 and the server
 * keeps serving; paths outside the mounts get 404; every response carries the security headers it is
 * given (the CSP with frame-ancestors); `vite preview` sends the same headers (vite.config.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview } from 'vite';
import { resolveRequest, serveStatic, type StaticServer } from '../../../src/render/node-server.ts';
import { SECURITY_HEADERS } from '../../../src/render/csp.ts';

const root = mkdtempSync(join(tmpdir(), 'backchannel-server-'));
const site = join(root, 'site');
mkdirSync(join(site, 'assets'), { recursive: true });
writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(join(site, 'assets', 'worker.js'), 'self.onmessage = () => {};');
writeFileSync(join(root, 'secret.txt'), 'secret');
mkdirSync(join(root, 'data'));
writeFileSync(join(root, 'data', 'd.json'), '{}');

/** A raw request (no URL normalisation by a client library): status, headers and body. */
function get(
  base: string,
  rawPath: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveStatic', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(
      { '/': site, '/data/': join(root, 'data') },
      { ...SECURITY_HEADERS },
    );
  });
  afterAll(async () => server.close());

  it('answers a malformed URL with 400 and keeps serving', async () => {
    for (const bad of ['/%E0%A4%A', '/%', '/%ZZ', '/a%00b']) {
      expect((await get(server.url, bad)).status, bad).toBe(400);
    }
    const ok = await get(server.url, '/');
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('<title>x</title>');
  });

  it('serves files of each mount, and nothing outside them', async () => {
    expect((await get(server.url, '/data/d.json')).body).toBe('{}');
    expect((await get(server.url, '/assets/worker.js')).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    for (const outside of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
    ]) {
      expect((await get(server.url, outside)).status, outside).toBe(404);
    }
    expect((await get(server.url, '/missing.js')).status).toBe(404);
    expect((await get(server.url, '/', 'POST')).status).toBe(405);
    expect((await get(server.url, '/', 'HEAD')).status).toBe(200);
  });

  it('sends the CSP (with frame-ancestors) on pages, scripts and errors', async () => {
    for (const p of ['/', '/assets/worker.js', '/missing', '/%E0%A4%A']) {
      const r = await get(server.url, p);
      expect(r.headers['content-security-policy'], p).toBe(
        SECURITY_HEADERS['content-security-policy'],
      );
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(SECURITY_HEADERS['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(SECURITY_HEADERS['content-security-policy']).not.toMatch(/unsafe-eval/);
  });

  it('resolveRequest says which status a path gets', () => {
    expect(resolveRequest({ '/': site }, '/%E0%A4%A')).toBe(400);
    expect(resolveRequest({ '/': site }, '/')).toBe(join(site, 'index.html'));
    expect(resolveRequest({ '/app/': site }, '/other/')).toBe(404);
  });
});

describe('vite preview', () => {
  it('sends the same security headers on every response', async () => {
    const server = await preview({
      configFile: join(import.meta.dirname, '../../../vite.config.ts'),
      root: join(import.meta.dirname, '../../..'),
      logLevel: 'silent',
      build: { outDir: site },
      preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    });
    try {
      const base = server.resolvedUrls?.local[0] ?? '';
      expect(base).not.toBe('');
      for (const p of ['/', '/assets/worker.js']) {
        const r = await get(base, p);
        expect(r.status, p).toBe(200);
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          expect(r.headers[name], `${p} ${name}`).toBe(value);
      }
    } finally {
      await server.close();
    }
  });
});

describe('the README', () => {
  it('documents the header policy for static hosts word for word (_headers and nginx)', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    const policy = SECURITY_HEADERS['content-security-policy'] ?? '';
    expect(readme).toContain(`  Content-Security-Policy: ${policy}\n`);
    expect(readme).toContain(`add_header Content-Security-Policy "${policy}" always;`);
  });
});
