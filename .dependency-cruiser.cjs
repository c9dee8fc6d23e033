/**
 * The layers of Backchannel, checked by dependency-cruiser in `npm run lint`
 * (`depcruise src bench tests scripts --config .dependency-cruiser.cjs`).
 *
 * The table below is the README's "How the code is laid out": each folder of src/ and the folders of
 * ours it may import (besides itself). On top of it: no cycles between files, none between folders
 * (`src/cy` ↔ `src/cy/large` counts), no Node built-ins in code that runs in the browser, no React or
 * cytoscape in the pure layers, no devDependency at run time, and nothing in src/ imports tests,
 * bench or scripts. tests/unit/lint/layers.test.ts runs this file on wrong imports and expects it to fail.
 */

/** Folder of src/ → the folders of src/ it may import, besides itself and src/types. */
const LAYERS = {
  model: [],
  graph: ['model'],
  formats: ['model', 'graph'],
  gen: ['model'],
  cy: ['model', 'graph'],
  ui: ['model', 'graph', 'formats', 'cy'],
  app: ['model', 'graph', 'cy', 'ui'],
  render: ['model', 'graph', 'formats', 'cy', 'ui'],
  cli: ['model', 'graph', 'formats', 'render'],
};

/** Finer limits inside an allowed import: folder → { path of ours it may reach only this way }. */
const ENTRIES = [
  {
    name: 'ui-to-formats-by-its-entries',
    comment:
      'ui reaches the importers and exporters through formats/index.ts (lazy chunks) or ' +
      'formats/import-async.ts (the worker), never a format module directly.',
    from: '^src/ui/',
    to: '^src/formats/',
    allowed: '^src/formats/(index|import-async)[.]ts$',
  },
  {
    name: 'render-to-ui-export-only',
    comment: 'The render page mounts the Export dialog and nothing else of the explorer.',
    from: '^src/render/',
    to: '^src/ui/',
    allowed: '^src/ui/export/',
  },
];

/** Code that runs in a browser or a worker: no Node built-ins. */
const BROWSER = '^src/(model|graph|formats|gen|cy|ui|app)/';
/** Pure logic: no framework, no drawing engine, no browser automation, no build tool. */
const PURE = '^src/(model|graph|formats|gen)/';
const NOT_PURE_PACKAGES =
  '(^|/)node_modules/(@types/)?(react|react-dom|react-cytoscapejs|cytoscape|cytoscape-[^/]+|d3-force|playwright-core|vite|@vitejs/[^/]+)/';

function layerRules() {
  return Object.entries(LAYERS).map(([layer, may]) => ({
    name: `layer-${layer}`,
    comment:
      `src/${layer}/ may import ` +
      (may.length > 0 ? may.map((m) => `src/${m}/`).join(', ') : 'nothing of ours') +
      ' besides itself (README: How the code is laid out).',
    severity: 'error',
    from: { path: `^src/${layer}/` },
    to: { path: '^src/', pathNot: `^src/(${[layer, ...may, 'types'].join('|')})/` },
  }));
}

function entryRules() {
  return ENTRIES.map(({ name, comment, from, to, allowed }) => ({
    name,
    comment,
    severity: 'error',
    from: { path: from },
    to: { path: to, pathNot: allowed },
  }));
}

module.exports = {
  forbidden: [
    ...layerRules(),
    ...entryRules(),
    {
      name: 'model-packages',
      comment: 'src/model/ imports zod and jsonc-parser only (it is loaded by every other layer).',
      severity: 'error',
      from: { path: '^src/model/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg'],
        pathNot: '(^|/)node_modules/(zod|jsonc-parser)/',
      },
    },
    {
      name: 'pure-layers-no-ui-packages',
      comment:
        'model, graph, formats and gen hold pure logic: no React, cytoscape, playwright or Vite.',
      severity: 'error',
      from: { path: PURE },
      to: { path: NOT_PURE_PACKAGES },
    },
    {
      name: 'cy-no-react',
      comment:
        'src/cy/ is cytoscape without a framework inside (the controller is plain TypeScript).',
      severity: 'error',
      from: { path: '^src/cy/' },
      to: { path: '(^|/)node_modules/(@types/)?(react|react-dom|react-cytoscapejs)/' },
    },
    {
      name: 'browser-no-node-builtins',
      comment: 'This code runs in the browser or a worker: no Node built-ins (node:fs, path…).',
      severity: 'error',
      from: { path: BROWSER },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'src-not-to-tests-bench-scripts',
      comment: 'The product does not import its tests, benchmark or scripts.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|bench|scripts)/' },
    },
    {
      name: 'src-no-dev-dependency-at-run-time',
      comment:
        'An install without devDependencies (npm ci --omit=dev) must run the CLI: src/ may use a ' +
        'devDependency for types only (import type), never a value.',
      severity: 'error',
      from: { path: '^src/' },
      to: {
        dependencyTypes: ['npm-dev'],
        dependencyTypesNot: ['type-only'],
        pathNot: '(^|/)node_modules/@types/',
      },
    },
    {
      name: 'no-circular-files',
      comment: 'No file reaches itself through its imports (type-only imports count too).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      comment:
        'No folder reaches itself through the imports of its files (e.g. src/cy → src/cy/large → src/cy): ' +
        'a subfolder is either below its parent or beside it, never both.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Fixtures are wrong on purpose; build output (bench/out, dist-*) is not our source.
    exclude: { path: '^(tests/fixtures/|bench/out/|dist)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
