import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the production build: no inline script, no eval. Added to the
 * built HTML only (the dev server's React refresh needs an inline preamble).
 */
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

export default defineConfig({
  plugins: [react(), cspMeta()],
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
