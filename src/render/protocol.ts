/**
 * What the render page (render.html) understands: `window.__render(text, fileName, options)` draws
 * a dataset with the explorer's elements, stylesheet and layouts, and returns the image. Shared by
 * the page and by `backchannel render` (Node), so it holds types and pure helpers only.
 */
import type { ImageBackground, ImageFormat } from '../cy/export/image.ts';

/** Re-exported for the CLI, which may import render/ but not cy/ (the README's layer table). */
export type { ImageBackground, ImageFormat };
export { MAX_WIDTH, MIN_WIDTH, WIDTH_PRESETS, type WidthPreset } from '../cy/export/sizing.ts';

export type RenderView = 'actors' | 'events';
export type RenderTheme = 'light' | 'dark';

export interface RenderOptions {
  format: ImageFormat;
  /** Output pixels per model unit (ignored when `width` is given). */
  scale: number;
  /** The final width in pixels (`--width`, `--preset`): actor labels then at least 12 px. */
  width?: number;
  /** A credit line under the caption's sources (with `caption`). */
  credit?: string;
  view: RenderView;
  /** A layout name the explorer knows; its default when absent. */
  layout?: string;
  caption: boolean;
  theme: RenderTheme;
  /** Defaults to the theme's background (white for light, dark for dark). */
  background?: ImageBackground;
}

export type RenderResult =
  | {
      ok: true;
      /** The file, base64-encoded. */
      base64: string;
      mimeType: string;
      width: number;
      height: number;
      /** The smallest actor label in output pixels (computed font size × scale). */
      labelPx?: number;
      nodes: number;
      edges: number;
      warnings: string[];
    }
  | { ok: false; message: string };

export type RenderFunction = (
  text: string,
  fileName: string | undefined,
  options: RenderOptions,
) => Promise<RenderResult>;

declare global {
  interface Window {
    __render?: RenderFunction;
    /** Test hook: draws a dataset with the Export button mounted; resolves to 'ok' or problems. */
    __renderUi?: (text: string, theme: 'light' | 'dark', hide?: string[]) => Promise<string>;
    /** Test hook: the scene's cytoscape Core (null before a render). */
    __renderCy?: () => import('cytoscape').Core | null;
  }
}
