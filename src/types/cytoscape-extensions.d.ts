// Module declaration for cytoscape-fcose, which ships without types. (cytoscape-svg is declared
// beside its one user, src/cy/export/.)
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
