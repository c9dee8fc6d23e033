/**
 * The editor's marks on the graph: the actors picked for a new relation (a dashed outline in the
 * app's accent colour, outside the border, so that it shows beside the selection's and the
 * highlight's borders), and the edge being drawn from one actor to another (cytoscape-edgehandles'
 * ghost and preview classes).
 */
import type { StylesheetStyle } from 'cytoscape';
import type { Theme } from './palette.ts';

/** The classes of the editor (the controller sets `picked`; edgehandles sets its own `eh-`). */
export const EDIT_CLASSES = {
  picked: 'bc-picked',
} as const;

/** The app's accent colour (src/ui/shell/app.css `--accent`), per theme. */
const ACCENT: Record<Theme, string> = { light: '#0072b2', dark: '#56b4e9' };

const cache = new Map<Theme, StylesheetStyle[]>();

export function editStylesheet(theme: Theme): StylesheetStyle[] {
  const cached = cache.get(theme);
  if (cached) return cached;
  const accent = ACCENT[theme];
  const rules = [
    {
      selector: `node.${EDIT_CLASSES.picked}`,
      style: {
        'outline-width': 4,
        'outline-style': 'dashed',
        'outline-color': accent,
        'outline-opacity': 1,
        'outline-offset': 3,
        'font-weight': 'bold',
        'z-index': 30,
      },
    },
    // The actor an edge is drawn from, and the one it would end at.
    {
      selector: 'node.eh-source, node.eh-target',
      style: {
        'outline-width': 3,
        'outline-style': 'solid',
        'outline-color': accent,
        'outline-offset': 2,
      },
    },
    // The pointer's end while it is over no actor: an invisible point.
    {
      selector: 'node.eh-ghost-node',
      style: { width: 1, height: 1, opacity: 0, label: '', events: 'no' },
    },
    {
      selector: 'edge.eh-ghost-edge, edge.eh-preview',
      style: {
        width: 4,
        'line-color': accent,
        'line-style': 'dashed',
        'line-dash-pattern': [10, 5],
        'z-index': 100,
        'z-compound-depth': 'top',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': accent,
        'curve-style': 'straight',
        label: '',
        opacity: 1,
        events: 'no',
      },
    },
    { selector: 'edge.eh-ghost-edge.eh-preview-active', style: { opacity: 0 } },
  ] as StylesheetStyle[];
  cache.set(theme, rules);
  return rules;
}
