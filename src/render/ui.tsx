/**
 * The render page's UI mode, for the export e2e tests: the scene with the real Export button and
 * dialog around it (the same component the explorer mounts).
 */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Dataset } from '../model/schema.ts';
import { legendOf } from '../cy/export/legend.ts';
import { ExportButton } from '../ui/export/ExportDialog.tsx';
import type { VisibleSets } from '../ui/export/filtered-dataset.ts';
import type { Scene } from './scene.ts';

let root: Root | null = null;

export function mountExportUi(
  host: HTMLElement,
  scene: Scene,
  dataset: Dataset,
  theme: 'light' | 'dark',
  visible?: VisibleSets,
): void {
  root?.unmount();
  root = createRoot(host);
  root.render(
    <StrictMode>
      <ExportButton
        getSource={() => scene.controller}
        dataset={dataset}
        legendFor={(palette) => legendOf(dataset, palette, visible)}
        theme={theme}
        viewName="actors"
        {...(visible ? { visible, filters: ['a test filter'] } : {})}
      />
    </StrictMode>,
  );
}
