/**
 * What the bare page draws, built only from the explorer's cytoscape modules (elements, stylesheet,
 * layout): no React, no app code.
 * PROVISIONAL until the explorer's src/cy/elements.ts, style.ts and layouts.ts land: a plain actor
 * network with a comparable stylesheet. Swap these three functions for the explorer's exports.
 */
import type { ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';
import type { Dataset } from '../src/model/schema.ts';
import { projectDataset } from '../src/graph/project.ts';

export function benchElements(ds: Dataset): ElementDefinition[] {
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
  return elements;
}

export function benchStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: { label: 'data(label)', 'font-size': 12, 'background-color': '#0072b2' },
    },
    { selector: ':parent', style: { 'background-color': '#e69f00', 'background-opacity': 0.15 } },
    {
      selector: 'edge',
      style: { 'curve-style': 'bezier', 'line-color': '#009e73', width: 1.5 },
    },
    {
      selector: 'edge.directed',
      style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': '#009e73' },
    },
    { selector: 'edge[certainty = "reported"]', style: { 'line-style': 'dashed' } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

/** The default layout below the large-graph threshold. */
export function benchDefaultLayout(): LayoutOptions {
  return { name: 'cose', animate: false, randomize: false } as LayoutOptions;
}
