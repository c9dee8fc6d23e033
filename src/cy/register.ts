/**
 * The one place that registers cytoscape extensions (fcose layout, SVG export). Idempotent: every
 * module that needs an extension imports `cytoscape` from here.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';

let registered = false;

export function registerExtensions(): void {
  if (registered) return;
  registered = true;
  cytoscape.use(fcose);
  cytoscape.use(svg);
}

registerExtensions();

export { cytoscape };
