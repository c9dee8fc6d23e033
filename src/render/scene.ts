/**
 * The render page's scene: a cytoscape Core in a fixed-size container, drawn from a dataset with
 * the explorer's own elements, stylesheet and layouts (src/cy), so that `backchannel render` draws
 * what the explorer draws.
 */
import type { Core } from 'cytoscape';
import type { Dataset } from '../model/schema.ts';
import { cytoscape } from '../cy/register.ts';
import { buildElements } from '../cy/elements.ts';
import { buildStylesheet } from '../cy/stylesheet.ts';
import { isLayoutName, LAYOUT_NAMES, runLayout } from '../cy/layouts.ts';
import { THEME_COLOURS } from '../cy/palette.ts';
import { legendOf } from '../cy/export/legend.ts';
import type { LegendSwatch } from '../cy/export/caption.ts';
import type { RenderTheme, RenderView } from './protocol.ts';

export interface Scene {
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
  const cy = cytoscape({
    container,
    elements: buildElements(ds, options.view),
    style: buildStylesheet(options.theme),
  });
  await runLayout(cy, layout);
  cy.fit(undefined, 30);
  return {
    cy,
    legend: legendOf(ds, options.theme),
    destroy: () => cy.destroy(),
  };
}
