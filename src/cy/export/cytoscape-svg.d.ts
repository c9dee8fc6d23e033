// cytoscape-svg 0.4 ships no types: the extension function, and the `cy.svg()` it adds to the core.
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';
  const register: cytoscape.Ext;
  export default register;
}

declare namespace cytoscape {
  interface SvgExportOptions {
    /** The whole graph (true) or the current viewport (false, default). */
    full?: boolean;
    /** Output units per CSS pixel (the device pixel ratio is then applied too). */
    scale?: number;
    /** Fit within this width (the device pixel ratio is then not applied). */
    maxWidth?: number;
    maxHeight?: number;
    /** A background colour (transparent by default). */
    bg?: string;
  }
  interface Core {
    /** Added by cytoscape-svg: the graph as an SVG document string. */
    svg(options?: SvgExportOptions): string;
  }
}
