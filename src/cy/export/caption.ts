/**
 * The caption block of an exported image: the dataset's title, the legend of what is shown, the
 * active filters, the "as of" date and the sources, so that the picture stands on its own in an
 * article. This module is pure (no DOM): it builds the caption's content from a dataset and lays it
 * out for a given width with an injected text-measuring function; `caption-draw.ts` paints the
 * layout on a canvas or writes it as SVG elements.
 */
import type { Dataset } from '../../model/schema.ts';
import type { GraphView } from '../elements.ts';
import { captionNotes } from './caption-notes.ts';
import { shorten } from '../../model/shorten.ts';

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
  /** Without an as-of date: the latest date of a drawn relation, as the dataset writes it. */
  latest?: string;
  legend: LegendSwatch[];
  /** What the shapes mean ("Squares are relations; …"), one sentence each. */
  notes?: string[];
  /** A credit line ("Graphic: …"), as the user wrote it. */
  credit?: string;
  /** Human descriptions of the active filters; empty when everything is shown. */
  filters: string[];
  /** "Title (Publisher)" of each source cited by what is drawn. */
  sources: string[];
}

export interface CaptionInput {
  /** The legend of what is shown, from the explorer's stylesheet (kinds present only). */
  legend: LegendSwatch[];
  /** The active filters, one human phrase each ("relation kinds: Meeting, Mediation"). */
  filters?: string[];
  /**
   * What is drawn (everything when absent): only the sources cited by these actors, these
   * relations, their shown participants' parts and their quotes are listed.
   */
  shownActorIds?: ReadonlySet<string>;
  shownRelationIds?: ReadonlySet<string>;
  /** The view drawn: the caption says what its shapes are. */
  view?: GraphView;
  /** A credit line; blank is none. */
  credit?: string;
}

/**
 * The longest texts of a caption, in characters: each is cut with an ellipsis past it, so that
 * the caption of a dataset of 2,000-character titles stays a few lines (issue 14).
 */
export const CAPTION_LIMITS = {
  title: 200,
  sourceTitle: 120,
  publisher: 60,
  filter: 160,
  credit: 200,
  /** Sources listed; past it, "and N more". */
  sources: 40,
} as const;

function describeSource(s: Dataset['sources'][number]): string {
  const title = shorten(s.title, CAPTION_LIMITS.sourceTitle);
  return s.publisher ? `${title} (${shorten(s.publisher, CAPTION_LIMITS.publisher)})` : title;
}

/** The sources as listed: at most CAPTION_LIMITS.sources, then how many more. */
function listSources(sources: readonly Dataset['sources'][number][]): string[] {
  const max = CAPTION_LIMITS.sources;
  const listed = sources.slice(0, max).map(describeSource);
  if (sources.length > max)
    listed.push(`and ${(sources.length - max).toLocaleString('en-US')} more`);
  return listed;
}

const bare = (date: string): string => date.replace(/[~?%]$/, '');

/** The ids of the sources behind what is drawn, and the latest date of a drawn relation. */
function citedBy(
  ds: Dataset,
  input: CaptionInput,
): { cited: Set<string>; latest: string | undefined } {
  const actorShown = (id: string): boolean => !input.shownActorIds || input.shownActorIds.has(id);
  const cited = new Set<string>();
  let latest: string | undefined;
  for (const a of ds.actors) {
    if (actorShown(a.id)) for (const s of a.sources ?? []) cited.add(s);
  }
  for (const r of ds.relations) {
    if (input.shownRelationIds && !input.shownRelationIds.has(r.id)) continue;
    for (const s of r.sources ?? []) cited.add(s);
    for (const q of r.quotes ?? []) if (q.source) cited.add(q.source);
    for (const p of r.participants) {
      if (actorShown(p.actor)) for (const s of p.sources ?? []) cited.add(s);
    }
    // Partial ISO dates (2025, 2025-10, 2025-10-13) compare as strings, without their qualifier.
    for (const d of [r.date, r.endDate]) {
      if (d !== undefined && (!latest || bare(d) > bare(latest))) latest = d;
    }
  }
  return { cited, latest };
}

/**
 * The caption of `ds` as drawn: title, as-of date (else the latest drawn relation's date), legend,
 * what the shapes mean, filters, the sources behind what is drawn, and the credit line.
 */
export function buildCaptionContent(ds: Dataset, input: CaptionInput): CaptionContent {
  const { cited, latest } = citedBy(ds, input);
  const notes = input.view
    ? captionNotes(ds, input.view, {
        ...(input.shownActorIds ? { actors: input.shownActorIds } : {}),
        ...(input.shownRelationIds ? { relations: input.shownRelationIds } : {}),
      })
    : [];
  const credit = input.credit?.trim();
  return {
    title: shorten(ds.title, CAPTION_LIMITS.title),
    ...(ds.asOf ? { asOf: ds.asOf } : latest ? { latest } : {}),
    legend: input.legend,
    ...(notes.length > 0 ? { notes } : {}),
    filters: (input.filters ?? []).map((f) => shorten(f, CAPTION_LIMITS.filter)),
    sources: listSources(ds.sources.filter((s) => cited.has(s.id))),
    ...(credit ? { credit: shorten(credit, CAPTION_LIMITS.credit) } : {}),
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
  else if (content.latest)
    paragraph(`Latest relation shown: ${content.latest}`, m.textSize, false, 'muted');
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
  for (const note of content.notes ?? []) paragraph(note, m.textSize, false, 'text');

  const filters =
    content.filters.length > 0 ? content.filters.join('; ') : 'none (everything shown)';
  paragraph(`Filters: ${filters}`, m.textSize, false, 'muted');
  if (content.sources.length > 0) {
    paragraph(`Sources: ${content.sources.join('; ')}`, m.textSize, false, 'muted');
  }
  if (content.credit) paragraph(content.credit, m.textSize, true, 'muted');
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
