/**
 * Registers the force layout (cytoscape-fcose) once. Every module that lays out imports this file;
 * the SVG export registers its own extension in src/cy/export/register.ts.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

export function registerExtensions(): void {
  if (registered) return;
  registered = true;
  cytoscape.use(fcose);
}

registerExtensions();

export { cytoscape };
