/**
 * The render page: `window.__render(text, fileName, options)` loads a dataset, draws it with the
 * explorer's scene, exports it as an image and returns the file as base64. Used by
 * `backchannel render` (through headless Chromium) and by the export e2e tests.
 */
import { buildCaptionContent } from '../cy/export/caption.ts';
import { exportImage, ImageExportError } from '../cy/export/image.ts';
import { PRESET_MIN_LABEL_PX } from '../cy/export/sizing.ts';
import { parseDataset } from '../model/validate.ts';
import type { ImageBackground, RenderFunction, RenderResult, RenderTheme } from './protocol.ts';
import { createScene, SceneError, type Scene } from './scene.ts';

const WIDTH = 1200;
const HEIGHT = 900;

let current: Scene | null = null;

async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/**
 * The palette a picture is drawn with: the background's (dark colours on a dark background, light
 * ones on white), whatever the theme asked for; the theme's on a transparent background.
 */
function paletteOf(background: ImageBackground, theme: RenderTheme): RenderTheme {
  if (background === 'dark') return 'dark';
  if (background === 'white') return 'light';
  return theme;
}

/** Said when a width cannot hold labels of the size asked (too many actors for that width). */
function labelWarnings(width: number | undefined, labelPx: number | undefined): string[] {
  if (width === undefined || labelPx === undefined || labelPx >= PRESET_MIN_LABEL_PX) return [];
  return [
    `actor labels come out at ${Math.floor(labelPx * 10) / 10} px, under ${PRESET_MIN_LABEL_PX} px: the graph is too big for ${width} px (try a wider --width or --preset, or fewer actors)`,
  ];
}

const render: RenderFunction = async (text, _fileName, options): Promise<RenderResult> => {
  const parsed = parseDataset(text);
  if (!parsed.ok) {
    const lines = parsed.problems.slice(0, 20).map((p) => `${p.path}: ${p.message}`);
    return { ok: false, message: `The dataset is not valid:\n${lines.join('\n')}` };
  }
  const ds = parsed.dataset;
  const container = document.getElementById('graph');
  if (!container) return { ok: false, message: 'The render page has no #graph container.' };
  container.style.width = `${WIDTH}px`;
  container.style.height = `${HEIGHT}px`;
  current?.destroy();
  current = null;
  try {
    const background = options.background ?? (options.theme === 'dark' ? 'dark' : 'white');
    const scene = await createScene(container, ds, {
      view: options.view,
      theme: paletteOf(background, options.theme),
      ...(options.layout ? { layout: options.layout } : {}),
    });
    current = scene;
    const caption = options.caption
      ? buildCaptionContent(ds, {
          legend: scene.legend,
          view: options.view,
          ...(options.credit ? { credit: options.credit } : {}),
        })
      : null;
    const result = await exportImage(scene.controller, {
      format: options.format,
      scale: options.scale,
      ...(options.width !== undefined
        ? { width: options.width, minLabelPx: PRESET_MIN_LABEL_PX }
        : {}),
      background,
      full: true,
      caption,
    });
    return {
      ok: true,
      base64: await blobToBase64(result.blob),
      mimeType: result.mimeType,
      width: result.width,
      height: result.height,
      ...(result.labelPx !== undefined ? { labelPx: result.labelPx } : {}),
      nodes: scene.cy.nodes().length,
      edges: scene.cy.edges().length,
      warnings: labelWarnings(options.width, result.labelPx),
    };
  } catch (e) {
    if (e instanceof ImageExportError || e instanceof SceneError) {
      return { ok: false, message: e.message };
    }
    return {
      ok: false,
      message: `Rendering failed: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
};

/**
 * UI mode (e2e tests only): draws the dataset and mounts the real Export button and dialog. With
 * `hide`, those actor ids are left out of the visible set (to test the filtered-view export).
 */
async function mountUi(
  text: string,
  theme: 'light' | 'dark',
  hide: string[] = [],
): Promise<string> {
  const parsed = parseDataset(text);
  if (!parsed.ok) return parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
  const ds = parsed.dataset;
  const container = document.getElementById('graph');
  const host = document.getElementById('ui');
  if (!container || !host) return 'The render page has no #graph or #ui element.';
  container.style.width = `${WIDTH}px`;
  container.style.height = `${HEIGHT}px`;
  current?.destroy();
  current = await createScene(container, ds, { view: 'actors', theme });
  const hidden = new Set(hide);
  const visible =
    hidden.size > 0
      ? {
          actors: new Set(ds.actors.filter((a) => !hidden.has(a.id)).map((a) => a.id)),
          relations: new Set(
            ds.relations
              .filter(
                (r) =>
                  new Set(r.participants.map((p) => p.actor).filter((id) => !hidden.has(id)))
                    .size >= 2,
              )
              .map((r) => r.id),
          ),
        }
      : undefined;
  const { mountExportUi } = await import('./ui.tsx');
  mountExportUi(host, current, ds, theme, visible);
  return 'ok';
}

window.__render = render;
window.__renderUi = mountUi;
window.__renderCy = () => current?.cy ?? null;
document.documentElement.dataset.renderReady = 'true';
