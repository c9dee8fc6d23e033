/**
 * The caption block of an exported image: the dataset's title, the legend of what is shown, the
 * active filters, the "as of" date and the sources, so that the picture stands on its own in an
 * article. This module is pure (no DOM): it builds the caption's content from a dataset and lays it
 * out for a given width with an injected text-measuring function; `caption-draw.ts` paints the
 * layout on a canvas or writes it as SVG elements.
 */
import type { Dataset } from '../../model/schema.ts';

/** One legend entry: a node swatch (shape) or an edge swatch (line, dash, arrow), with its colour. */
export type LegendSwatch =
  | {
      type: 'node';
      label: string;
      color: string;
      shape: string;
      borderColor?: string;
      /** Entries of another group start a new row (e.g. actor kinds, relation kinds, certainty). */
      group?: string;
    }
  | {
      type: 'edge';
      label: string;
      group?: string;
      color: string;
      lineStyle: 'solid' | 'dashed' | 'dotted';
      arrow: boolean;
    };

export interface CaptionContent {
  title: string;
  /** "As of 2025-10-13", as the dataset writes it (never reformatted into something it did not say). */
  asOf?: string;
  legend: LegendSwatch[];
  /** Human descriptions of the active filters; empty when everything is shown. */
  filters: string[];
  /** "Title (Publisher)" of each source. */
  sources: string[];
}

export interface CaptionInput {
  /** The legend of what is shown, from the explorer's stylesheet (kinds present only). */
  legend: LegendSwatch[];
  /** The active filters, one human phrase each ("relation kinds: Meeting, Mediation"). */
  filters?: string[];
  /**
   * When given, only the sources cited by these actors and relations (and their quotes) are listed;
   * otherwise every source of the dataset.
   */
  shownActorIds?: ReadonlySet<string>;
  shownRelationIds?: ReadonlySet<string>;
}

function describeSource(s: Dataset['sources'][number]): string {
  return s.publisher ? `${s.title} (${s.publisher})` : s.title;
}

/** The caption of `ds` as shown: title, as-of date, legend, filters, cited sources. */
export function buildCaptionContent(ds: Dataset, input: CaptionInput): CaptionContent {
  let sources = ds.sources;
  if (input.shownActorIds || input.shownRelationIds) {
    const cited = new Set<string>();
    for (const a of ds.actors) {
      if (input.shownActorIds && !input.shownActorIds.has(a.id)) continue;
      for (const s of a.sources ?? []) cited.add(s);
    }
    for (const r of ds.relations) {
      if (input.shownRelationIds && !input.shownRelationIds.has(r.id)) continue;
      for (const s of r.sources ?? []) cited.add(s);
      for (const q of r.quotes ?? []) if (q.source) cited.add(q.source);
    }
    sources = ds.sources.filter((s) => cited.has(s.id));
  }
  return {
    title: ds.title,
    ...(ds.asOf ? { asOf: ds.asOf } : {}),
    legend: input.legend,
    filters: input.filters ?? [],
    sources: sources.map(describeSource),
  };
}

/** Font sizes (CSS px at 1×) and spacing of the caption. */
export const CAPTION_METRICS = {
  padding: 16,
  titleSize: 18,
  textSize: 12.5,
  lineGap: 4,
  blockGap: 10,
  swatch: 12,
  edgeSwatch: 26,
  swatchGap: 6,
  itemGap: 16,
} as const;

export const CAPTION_FONT_FAMILY =
  '"Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

export type CaptionTone = 'text' | 'muted';

export type CaptionItem =
  | {
      kind: 'text';
      x: number;
      /** Top of the line box; the text is drawn with a 'top' baseline. */
      y: number;
      text: string;
      size: number;
      bold: boolean;
      tone: CaptionTone;
    }
  | { kind: 'swatch'; x: number; y: number; swatch: LegendSwatch };

export interface CaptionLayout {
  width: number;
  height: number;
  items: CaptionItem[];
}

/** Measures the width of `text` at `size` px (bold or not) in the caption font, in CSS px. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

/**
 * Splits `text` into lines no wider than `maxWidth`: breaks at spaces; a word wider than the line is
 * cut between characters. Never returns an empty array for non-empty text.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  const pushWord = (word: string): void => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      return;
    }
    if (line) {
      lines.push(line);
      line = '';
    }
    if (measure(word) <= maxWidth) {
      line = word;
      return;
    }
    // A word wider than the line: cut it between characters.
    let part = '';
    for (const ch of Array.from(word)) {
      if (part && measure(part + ch) > maxWidth) {
        lines.push(part);
        part = '';
      }
      part += ch;
    }
    line = part;
  };
  for (const w of words) pushWord(w);
  if (line) lines.push(line);
  return lines;
}

/** Lays the caption out in a block `width` CSS px wide; the layout's height includes its padding. */
export function layoutCaption(
  content: CaptionContent,
  width: number,
  measure: MeasureText,
): CaptionLayout {
  const m = CAPTION_METRICS;
  const items: CaptionItem[] = [];
  const inner = Math.max(40, width - 2 * m.padding);
  let y = m.padding;

  const paragraph = (text: string, size: number, bold: boolean, tone: CaptionTone): void => {
    for (const line of wrapText(text, inner, (s) => measure(s, size, bold))) {
      items.push({ kind: 'text', x: m.padding, y, text: line, size, bold, tone });
      y += size * 1.25 + m.lineGap;
    }
  };

  paragraph(content.title, m.titleSize, true, 'text');
  if (content.asOf) paragraph(`As of ${content.asOf}`, m.textSize, false, 'muted');
  y += m.blockGap - m.lineGap;

  if (content.legend.length > 0) {
    const rowHeight = Math.max(m.swatch, m.textSize * 1.25) + m.lineGap;
    let x = m.padding;
    let group = content.legend[0]?.group;
    for (const swatch of content.legend) {
      const swatchWidth = swatch.type === 'node' ? m.swatch : m.edgeSwatch;
      const labelWidth = measure(swatch.label, m.textSize, false);
      const itemWidth = swatchWidth + m.swatchGap + labelWidth;
      const newGroup = swatch.group !== group;
      group = swatch.group;
      if (x > m.padding && (newGroup || x + itemWidth > m.padding + inner)) {
        x = m.padding;
        y += rowHeight;
      }
      const mid = y + (m.textSize * 1.25) / 2;
      items.push({ kind: 'swatch', x, y: mid, swatch });
      items.push({
        kind: 'text',
        x: x + swatchWidth + m.swatchGap,
        y,
        text: swatch.label,
        size: m.textSize,
        bold: false,
        tone: 'text',
      });
      x += itemWidth + m.itemGap;
    }
    y += rowHeight + m.blockGap - m.lineGap;
  }

  const filters =
    content.filters.length > 0 ? content.filters.join('; ') : 'none (everything shown)';
  paragraph(`Filters: ${filters}`, m.textSize, false, 'muted');
  if (content.sources.length > 0) {
    paragraph(`Sources: ${content.sources.join('; ')}`, m.textSize, false, 'muted');
  }
  y += m.padding - m.lineGap;
  return { width, height: Math.ceil(y), items };
}

/**
 * The outline of a cytoscape node shape centred on (cx, cy) with radius r, as polygon points, or
 * 'ellipse'. Unknown shapes are drawn as rectangles.
 */
export function shapeOutline(
  shape: string,
  cx: number,
  cy: number,
  r: number,
): 'ellipse' | Array<[number, number]> {
  const poly = (pts: Array<[number, number]>): Array<[number, number]> =>
    pts.map(([px, py]) => [cx + px * r, cy + py * r]);
  const regular = (n: number, rotation: number): Array<[number, number]> =>
    poly(
      Array.from({ length: n }, (_, i): [number, number] => {
        const a = rotation + (2 * Math.PI * i) / n;
        return [Math.cos(a), Math.sin(a)];
      }),
    );
  switch (shape) {
    case 'ellipse':
      return 'ellipse';
    case 'triangle':
    case 'round-triangle':
      return regular(3, -Math.PI / 2);
    case 'diamond':
    case 'round-diamond':
      return poly([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case 'pentagon':
    case 'round-pentagon':
      return regular(5, -Math.PI / 2);
    case 'hexagon':
    case 'round-hexagon':
      return regular(6, 0);
    case 'heptagon':
    case 'round-heptagon':
      return regular(7, -Math.PI / 2);
    case 'octagon':
    case 'round-octagon':
      return regular(8, Math.PI / 8);
    case 'star': {
      const pts: Array<[number, number]> = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (Math.PI * i) / 5;
        const k = i % 2 === 0 ? 1 : 0.45;
        pts.push([Math.cos(a) * k, Math.sin(a) * k]);
      }
      return poly(pts);
    }
    case 'tag':
    case 'round-tag':
      return poly([
        [-1, -0.8],
        [0.45, -0.8],
        [1, 0],
        [0.45, 0.8],
        [-1, 0.8],
      ]);
    case 'vee':
      return poly([
        [-1, -1],
        [0, -0.3],
        [1, -1],
        [0, 1],
      ]);
    default:
      return poly([
        [-1, -0.8],
        [1, -0.8],
        [1, 0.8],
        [-1, 0.8],
      ]);
  }
}
