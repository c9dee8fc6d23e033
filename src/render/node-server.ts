/**
 * The project's one static file server, on 127.0.0.1 (a free port): `backchannel render` serves
 * dist/ with it for the headless browser, the e2e tests serve the built app, and the bench serves the
 * app, its pages and its data. Read-only; GET and HEAD only; a path outside the mounted folders, or
 * a malformed one (`/%E0%A4%A`), gets 404 or 400 and the server keeps serving.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/** URL prefix (`/`, `/app/`) → folder. */
export type Mounts = Record<string, string>;

/** The file for a request path, or the status to answer instead. */
export function resolveRequest(mounts: Mounts, rawUrl: string): string | 400 | 404 {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(rawUrl, 'http://127.0.0.1').pathname);
  } catch {
    return 400; // a broken %-escape (URIError) or an unparsable URL
  }
  if (pathname.includes('\0')) return 400;
  // The longest matching prefix wins ('/app/' before '/').
  const prefix = Object.keys(mounts)
    .filter((p) => pathname.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return 404;
  const root = path.resolve(mounts[prefix] as string);
  let file = path.resolve(root, `./${pathname.slice(prefix.length)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return 404;
  try {
    if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
    return statSync(file).isFile() ? file : 404;
  } catch {
    return 404;
  }
}

function answer(
  mounts: Mounts,
  headers: Record<string, string>,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const fail = (status: number, text: string): void => {
    res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
    res.end(text);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'method not allowed');
  const file = resolveRequest(mounts, req.url ?? '/');
  if (file === 400) return fail(400, 'bad request');
  if (file === 404) return fail(404, 'not found');
  res.writeHead(200, {
    ...headers,
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * Serves `mounts` (or one folder at `/`); a folder URL serves its index.html. `headers` are sent with
 * every response (the render and e2e servers send SECURITY_HEADERS from ./csp.ts); responses are
 * never cached.
 */
export async function serveStatic(
  mounts: string | Mounts,
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const table: Mounts = typeof mounts === 'string' ? { '/': mounts } : mounts;
  const all = { 'cache-control': 'no-store', ...headers };
  const server: Server = createServer((req, res) => {
    try {
      answer(table, all, req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
