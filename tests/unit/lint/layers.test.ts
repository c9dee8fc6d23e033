/**
 * The layer check of `npm run lint` (.dependency-cruiser.cjs through scripts/layers.ts), run on two
 * small source trees under tests/fixtures/layers/: one that keeps the README's layer table, one
 * with a wrong import of each kind. The rules' `^src/…` patterns apply because each tree is the
 * base directory of its run.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLayers, formatViolations, REPO_ROOT } from '../../../scripts/layers.ts';

const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'layers');

/** `rule: from → to` (or the cycle) for each violation, sorted; a package by its name. */
async function violationsOf(tree: string): Promise<string[]> {
  const found = await checkLayers(['src'], { baseDir: path.join(FIXTURES, tree) });
  return formatViolations(found)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^error /, '').replace(/(\.\.\/)+node_modules\/([^/]+)\/.*$/, '$2'))
    .sort();
}

describe('layer rules (dependency-cruiser)', () => {
  it('pass a tree that keeps the table: ui/state/actions → ui/state, app → cy, cli → render', async () => {
    expect(await violationsOf('good')).toEqual([]);
  }, 120_000);

  it('fail each wrong import, file cycle and folder cycle, and nothing else', async () => {
    expect(await violationsOf('bad')).toEqual([
      'browser-no-node-builtins: src/formats/gexf.ts → fs',
      'layer-cli: src/cli/commands/render.ts → src/cy/elements.ts',
      'layer-cy: src/cy/elements.ts → src/ui/one/Panel.ts',
      'layer-model: src/model/schema.ts → src/graph/project.ts',
      'layer-ui: src/ui/two/Other.ts → src/app/main.ts',
      'model-packages: src/model/hooks.ts → react',
      'no-circular-files: src/graph/cycle-a.ts → src/graph/cycle-b.ts → src/graph/cycle-a.ts',
      'no-circular-files: src/ui/one/Panel.ts → src/ui/two/Other.ts → src/ui/one/Panel.ts',
      'no-circular-folders: src/ui/one → src/ui/two → src/ui/one',
      'no-circular-folders: src/ui/two → src/ui/one → src/ui/two',
      // dependency-cruiser's folder rule counts a subfolder inside its parent; this one does not.
      'no-circular-own-folders: src/cli → src/cli/commands → src/cli',
      'no-circular-own-folders: src/ui/one → src/ui/two → src/ui/one',
      'pure-layers-no-ui-packages: src/model/hooks.ts → react',
      'src-no-dev-dependency-at-run-time: src/render/node-build.ts → fast-check',
      'ui-to-formats-by-its-entries: src/ui/one/Panel.ts → src/formats/gexf.ts',
    ]);
  }, 120_000);
});
