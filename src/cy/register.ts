/**
 * Registers the extensions once: the force layout (cytoscape-fcose) and the editor's edge drawing
 * (cytoscape-edgehandles). Every module that lays out imports this file; the SVG export registers
 * its own extension in src/cy/export/register.ts.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import edgehandles from 'cytoscape-edgehandles';

let registered = false;

export function registerExtensions(): void {
  if (registered) return;
  registered = true;
  cytoscape.use(fcose);
  cytoscape.use(edgehandles);
}

registerExtensions();

export { cytoscape };
