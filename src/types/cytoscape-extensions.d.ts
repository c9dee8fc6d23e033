// Module declaration for cytoscape-fcose, which ships without types. (cytoscape-svg is declared
// beside its one user, src/cy/export/.)
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

// cytoscape-edgehandles 4 ships without types: the options and the instance the editor uses
// (src/cy/edge-draw.ts; registered in src/cy/register.ts).
declare module 'cytoscape-edgehandles' {
  import type { Core, ElementDefinition, Ext, NodeSingular } from 'cytoscape';
  const edgehandles: Ext;
  export default edgehandles;
  export interface EdgeHandlesOptions {
    canConnect?: (source: NodeSingular, target: NodeSingular) => boolean;
    edgeParams?: (source: NodeSingular, target: NodeSingular) => Partial<ElementDefinition>;
    hoverDelay?: number;
    snap?: boolean;
    snapThreshold?: number;
    snapFrequency?: number;
    noEdgeEventsInDraw?: boolean;
    disableBrowserGestures?: boolean;
  }
  export interface EdgeHandlesInstance {
    start(source: NodeSingular): void;
    stop(): void;
    enable(): void;
    disable(): void;
    enableDrawMode(): void;
    disableDrawMode(): void;
    destroy(): void;
  }
  export type CoreWithEdgeHandles = Core & {
    edgehandles(options?: EdgeHandlesOptions): EdgeHandlesInstance;
  };
}
