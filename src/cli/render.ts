/**
 * `backchannel render IN --format png|svg|jpeg --out OUT [--view actors|events] [--layout NAME]
 *  [--scale N | --width N | --preset web|wide|print] [--caption] [--credit TEXT] [--theme light|dark]
 *  [--background white|dark|transparent]`
 *
 * Draws a dataset as the explorer does: builds the pages with Vite (or reuses dist/ when it is up to
 * date), serves them on 127.0.0.1, opens render.html in headless Chromium (playwright-core), and
 * writes the image the page exports with the same code as the explorer's Export dialog.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from './io.ts';
import {
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  fileFailure,
  readInputFile,
  reportReadFailure,
} from './io.ts';
import { importDataset } from '../formats/index.ts';
import type {
  ImageBackground,
  ImageFormat,
  RenderOptions,
  RenderTheme,
  RenderView,
  WidthPreset,
} from '../render/protocol.ts';
import { MAX_WIDTH, MIN_WIDTH, WIDTH_PRESETS } from '../render/protocol.ts';

export const RENDER_USAGE = `Usage: backchannel render IN --format png|svg|jpeg --out OUT [options]

Draws the network of dataset IN (Backchannel JSON, or any format 'convert' reads) as the explorer
does, in headless Chromium, and writes the image to OUT.

Options:
  --format png|svg|jpeg        image format (default: from OUT's extension)
  --out OUT                    the file to write
  --view actors|events         actor network (default) or event view
  --layout NAME                a layout of the explorer (default: its deterministic force layout)
  --scale N                    output pixels per CSS pixel, 1–4 (default 2)
  --width N                    the image's final width in pixels (200–16384); actor labels come
                               out at least 12 px at that width
  --preset web|wide|print      --width 700 (web column), 1200 (wide) or 3000 (print)
  --caption                    add the caption block: title, legend, what the shapes mean,
                               as-of date, the sources behind what is drawn
  --credit TEXT                a credit line at the end of the caption (with --caption)
  --theme light|dark           the explorer's theme (default light)
  --background white|dark|transparent   default: the theme's background

Chromium: $CHROMIUM_PATH or /usr/bin/chromium.`;

const FORMATS: readonly ImageFormat[] = ['png', 'svg', 'jpeg'];
const VIEWS: readonly RenderView[] = ['actors', 'events'];
const THEMES: readonly RenderTheme[] = ['light', 'dark'];
const BACKGROUNDS: readonly ImageBackground[] = ['white', 'dark', 'transparent'];

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got '${value}')`);
}

class UsageError extends Error {}

function formatFromExtension(file: string): ImageFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.png') return 'png';
  if (ext === '.svg') return 'svg';
  if (ext === '.jpg' || ext === '.jpeg') return 'jpeg';
  return undefined;
}

const PRESET_NAMES = Object.keys(WIDTH_PRESETS) as WidthPreset[];

/** The final width asked by --width or --preset (not both, nor with --scale), or none. */
function widthOf(values: { width?: string; preset?: string; scale?: string }): number | undefined {
  const given = (['width', 'preset', 'scale'] as const).filter((k) => values[k] !== undefined);
  if (given.length > 1) {
    throw new UsageError(`--${given.join(' and --')} cannot be used together: choose one`);
  }
  const preset = oneOf(values.preset, PRESET_NAMES, 'preset');
  if (preset) return WIDTH_PRESETS[preset];
  if (values.width === undefined) return undefined;
  const width = Number(values.width);
  if (!Number.isInteger(width) || width < MIN_WIDTH || width > MAX_WIDTH) {
    throw new UsageError(
      `--width must be a whole number of pixels from ${MIN_WIDTH} to ${MAX_WIDTH} (got '${values.width}')`,
    );
  }
  return width;
}

export interface ParsedRenderArgs {
  input: string;
  out: string;
  options: RenderOptions;
}

/** Parses and checks the arguments; throws UsageError with a message for the user. */
export function parseRenderArgs(args: string[]): ParsedRenderArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        view: { type: 'string' },
        layout: { type: 'string' },
        scale: { type: 'string' },
        width: { type: 'string' },
        preset: { type: 'string' },
        caption: { type: 'boolean' },
        credit: { type: 'string' },
        theme: { type: 'string' },
        background: { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? 'missing the input file IN'
        : `one input file expected, got ${positionals.length}`,
    );
  }
  const input = positionals[0] as string;
  if (!values.out) throw new UsageError('missing --out OUT');
  const format = oneOf(values.format, FORMATS, 'format') ?? formatFromExtension(values.out);
  if (!format) throw new UsageError("missing --format png|svg|jpeg (OUT's extension does not say)");
  const scale = values.scale === undefined ? 2 : Number(values.scale);
  if (!Number.isFinite(scale) || scale < 1 || scale > 4) {
    throw new UsageError(`--scale must be a number from 1 to 4 (got '${values.scale}')`);
  }
  const width = widthOf(values);
  const credit = values.credit?.trim();
  if (credit !== undefined && !values.caption) {
    throw new UsageError('--credit goes in the caption: add --caption');
  }
  if (credit !== undefined && (credit.length === 0 || credit.length > 200)) {
    throw new UsageError('--credit must be 1 to 200 characters');
  }
  const background = oneOf(values.background, BACKGROUNDS, 'background');
  if (format === 'jpeg' && background === 'transparent') {
    throw new UsageError(
      'JPEG has no transparency: use --background white or dark, or --format png',
    );
  }
  if (values.layout !== undefined && !/^[a-z][a-z0-9-]*$/.test(values.layout)) {
    throw new UsageError(
      `--layout must be a layout name such as fcose or circle (got '${values.layout}')`,
    );
  }
  const options: RenderOptions = {
    format,
    scale,
    view: oneOf(values.view, VIEWS, 'view') ?? 'actors',
    ...(width !== undefined ? { width } : {}),
    caption: values.caption ?? false,
    ...(credit ? { credit } : {}),
    theme: oneOf(values.theme, THEMES, 'theme') ?? 'light',
    ...(values.layout ? { layout: values.layout } : {}),
    ...(background ? { background } : {}),
  };
  return { input, out: values.out, options };
}

function labelNote(labelPx: number | undefined): string {
  return labelPx === undefined ? '' : `, actor labels ${Math.floor(labelPx * 10) / 10} px`;
}

export const renderCommand: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(RENDER_USAGE);
    return EXIT_OK;
  }
  let parsed: ParsedRenderArgs;
  try {
    parsed = parseRenderArgs(args);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`backchannel render: ${e.message}\n\n${RENDER_USAGE}`);
      return EXIT_USAGE;
    }
    throw e;
  }
  const inputPath = path.resolve(io.cwd, parsed.input);
  const outPath = path.resolve(io.cwd, parsed.out);
  const read = await readInputFile(io.cwd, parsed.input);
  if (!read.ok) return reportReadFailure(parsed.input, read, io, 'render');
  const loaded = importDataset(read.text, path.basename(inputPath));
  if (!loaded.ok) {
    io.err(`backchannel render: ${parsed.input} cannot be read as a dataset:`);
    for (const p of loaded.problems.slice(0, 50)) io.err(`  ${p.path}: ${p.message}`);
    return EXIT_INVALID;
  }

  const { ensureBuild, projectRoot } = await import('../render/node-build.ts');
  const { serveStatic } = await import('../render/node-server.ts');
  const { SECURITY_HEADERS } = await import('../render/csp.ts');
  const { renderInBrowser } = await import('../render/node-browser.ts');
  const dist = await ensureBuild(projectRoot(), io.err);
  const server = await serveStatic(dist, { ...SECURITY_HEADERS });
  let result;
  try {
    result = await renderInBrowser(server.url, JSON.stringify(loaded.dataset), parsed.options);
  } finally {
    await server.close();
  }
  if (!result.ok) {
    io.err(`backchannel render: ${result.message}`);
    return EXIT_INVALID;
  }
  const bytes = Buffer.from(result.base64, 'base64');
  try {
    await writeFile(outPath, bytes);
  } catch (e) {
    io.err(`backchannel render: cannot write ${parsed.out}: ${fileFailure(e)}`);
    return EXIT_USAGE;
  }
  for (const w of [...loaded.warnings, ...result.warnings]) io.err(`backchannel render: ${w}`);
  io.out(
    `${parsed.out}: ${parsed.options.format.toUpperCase()}, ${result.width} × ${result.height} px, ${bytes.length} bytes (${result.nodes} nodes, ${result.edges} edges${labelNote(result.labelPx)})`,
  );
  return EXIT_OK;
};
