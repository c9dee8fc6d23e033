/**
 * The render page's scene: a cytoscape Core in a fixed-size container, drawn from a dataset.
 * PROVISIONAL: until the explorer's src/cy modules (elements, stylesheet, layouts, legend) land,
 * this builds a plain actor network so that export can be developed; it is replaced by calls to
 * those modules so that `render` draws exactly what the explorer draws.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { Dataset } from '../model/schema.ts';
import { projectDataset } from '../graph/project.ts';
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

export async function createScene(
  container: HTMLElement,
  ds: Dataset,
  options: SceneOptions,
): Promise<Scene> {
  const elements: ElementDefinition[] = [];
  for (const a of ds.actors) {
    elements.push({
      group: 'nodes',
      data: {
        id: a.id,
        label: a.name,
        kind: a.kind,
        ...(a.memberOf ? { parent: a.memberOf } : {}),
      },
    });
  }
  for (const e of projectDataset(ds)) {
    elements.push({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, kind: e.kind, certainty: e.certainty },
      classes: e.directed ? 'directed' : '',
    });
  }
  const text = options.theme === 'dark' ? '#e6edf3' : '#1f2328';
  const cy = cytoscape({
    container,
    elements,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          color: text,
          'font-size': 12,
          'background-color': '#0072b2',
        },
      },
      { selector: ':parent', style: { 'background-color': '#e69f00', 'background-opacity': 0.15 } },
      {
        selector: 'edge',
        style: {
          'curve-style': 'bezier',
          'line-color': '#009e73',
          label: 'data(kind)',
          'text-rotation': 'autorotate',
          color: '#cc79a7',
          'font-size': 10,
        },
      },
      {
        selector: 'edge.directed',
        style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': '#d55e00' },
      },
      { selector: 'edge[certainty = "reported"]', style: { 'line-style': 'dashed' } },
    ],
    layout: { name: 'concentric', animate: false },
  });
  return {
    cy,
    legend: [
      { type: 'node', label: 'Actor', color: '#0072b2', shape: 'ellipse' },
      { type: 'edge', label: 'Relation', color: '#009e73', lineStyle: 'solid', arrow: true },
    ],
    destroy: () => cy.destroy(),
  };
}
