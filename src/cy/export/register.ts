/** Registers cytoscape-svg once (src/cy is the only place that calls `cytoscape.use`). */
import cytoscape from 'cytoscape';
import svg from 'cytoscape-svg';

let registered = false;

export function registerSvgExport(): void {
  if (registered) return;
  cytoscape.use(svg);
  registered = true;
}
