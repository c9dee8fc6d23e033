/**
 * The Content-Security-Policy of every page the project serves (the explorer and the render page):
 * no inline script, no eval or `Function`, nothing loaded from elsewhere. Used by vite.config.ts (the
 * built pages' `<meta>` tag and `vite preview`'s headers), the render server and the e2e server
 * (src/render/node-server.ts). No dependency: `backchannel render` loads it without Vite.
 */

/** The policy as the pages' `<meta>` tag carries it. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy as an HTTP header: the same, plus `frame-ancestors 'none'`, which a `<meta>` tag cannot
 * set (browsers ignore it there). A header also reaches the workers: a worker's script gets the
 * policy of its own response, not the page's `<meta>` tag.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** The headers every server of the project sends with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};
