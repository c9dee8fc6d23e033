import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  SECURITY_HEADERS,
} from './src/render/csp.ts';

/** The policy (src/render/csp.ts), exported here for bench/vite.config.ts. */
export { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER };

/**
 * The Content-Security-Policy of the production build as a `<meta>` tag: no inline script, no eval.
 * Added to the built HTML only (the dev server's React refresh needs an inline preamble).
 */
function cspMeta(): Plugin {
  return {
    name: 'backchannel-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/**
 * The same policy as an HTTP header, with `frame-ancestors 'none'` (a `<meta>` tag cannot set it) and
 * the other security headers, on every response of `vite preview` (pages, scripts, the import
 * worker's script: a worker gets the policy of its own response, never the page's `<meta>`). The dev
 * server sends all but the script policy, which would stop React refresh's inline preamble.
 */
function securityHeaders(): Plugin {
  return {
    name: 'backchannel-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        next();
      });
    },
    configureServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          if (name !== 'content-security-policy') res.setHeader(name, value);
        res.setHeader('content-security-policy', "frame-ancestors 'none'");
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMeta(), securityHeaders()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // Two pages: the explorer, and the render page used by `backchannel render` and export e2e tests.
    rolldownOptions: {
      input: { main: 'index.html', render: 'render.html' },
      output: {
        // Name the two large libraries' chunks after them (rather than after whatever small module
        // shares their chunk), so that the build's output and the bench's JS figures can be read.
        // Only what the first graph needs: cytoscape-svg, the importers and zod stay in lazy chunks.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'cytoscape',
              test: /node_modules[\\/](cytoscape|cytoscape-fcose|cose-base|layout-base)[\\/]/,
            },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
});
