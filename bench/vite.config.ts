import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../vite.config.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The bench's own pages, built like the app (same target, same CSP, no React plugin):
 * bare.html (cytoscape alone) and probe.html (parse + validate + projection in the browser).
 */
export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  plugins: [
    {
      name: 'bench-csp',
      apply: 'build',
      transformIndexHtml: (html) =>
        html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    emptyOutDir: true,
    outDir: fileURLToPath(new URL('./out/pages', import.meta.url)),
    rollupOptions: {
      input: { bare: `${here}bare.html`, probe: `${here}probe.html` },
    },
  },
  worker: { format: 'es' },
});
