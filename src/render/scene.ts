/**
 * The render page's scene: a graph controller (src/cy) on a fixed-size container, drawing a dataset
 * with the explorer's own elements, stylesheet, layers and layouts, so that `backchannel render`
 * draws what the explorer draws.
 */
import type { Core } from 'cytoscape';
import type { Dataset } from '../model/schema.ts';
import { GraphController } from '../cy/controller.ts';
import { isLayoutName, LAYOUT_NAMES } from '../cy/layouts.ts';
import { THEME_COLOURS } from '../cy/palette.ts';
import { legendOf } from '../cy/export/legend.ts';
import type { LegendSwatch } from '../cy/export/caption.ts';
import type { RenderTheme, RenderView } from './protocol.ts';

export interface Scene {
  controller: GraphController;
  cy: Core;
  legend: LegendSwatch[];
  destroy: () => void;
}

export interface SceneOptions {
  view: RenderView;
  layout?: string;
  theme: RenderTheme;
}

export class SceneError extends Error {}

export async function createScene(
  container: HTMLElement,
  ds: Dataset,
  options: SceneOptions,
): Promise<Scene> {
  const layout = options.layout ?? 'force';
  if (!isLayoutName(layout)) {
    throw new SceneError(`unknown layout '${layout}': use one of ${LAYOUT_NAMES.join(', ')}`);
  }
  container.style.background = THEME_COLOURS[options.theme].background;
  const controller = GraphController.create(container);
  controller.update({
    datasetKey: `render:${ds.id}`,
    dataset: ds,
    view: options.view,
    edgeMode: 'each',
    theme: options.theme,
    layout,
    // Positions saved in the dataset win over the layout.
    ...(ds.positions?.[options.view] && { pinned: ds.positions[options.view] }),
    presentation: {
      actors: new Set(ds.actors.map((a) => a.id)),
      relations: new Set(ds.relations.map((r) => r.id)),
      containers: new Set(),
      collapsed: [],
    },
  });
  await controller.ready();
  const cy = controller.core;
  if (!cy) throw new SceneError('the graph could not be drawn');
  return {
    controller,
    cy,
    legend: legendOf(ds, options.theme),
    destroy: () => controller.destroy(),
  };
}
