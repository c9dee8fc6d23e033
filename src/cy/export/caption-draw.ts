/**
 * Paints a caption layout (see caption.ts) on a 2D canvas, or writes it as SVG elements. Text is
 * always inserted as text (canvas fillText, or escaped SVG character data), never as markup.
 */
import { escapeXml } from '../../model/xml-escape.ts';
import { LINE_DASH, type LineStyle } from '../palette.ts';
import {
  CAPTION_FONT_FAMILY,
  CAPTION_METRICS,
  shapeOutline,
  type CaptionLayout,
  type LegendSwatch,
  type MeasureText,
} from './caption.ts';

export interface CaptionPalette {
  text: string;
  muted: string;
  /** Rule drawn between the graph and the caption. */
  rule: string;
}

export const LIGHT_CAPTION: CaptionPalette = { text: '#1f2328', muted: '#4b5563', rule: '#d0d7de' };
export const DARK_CAPTION: CaptionPalette = { text: '#e6edf3', muted: '#aab4c0', rule: '#3d444d' };

export interface Placement {
  /** Top-left corner of the caption block in output pixels. */
  x: number;
  y: number;
  /** Output pixels per CSS pixel. */
  scale: number;
}

function fontOf(size: number, bold: boolean): string {
  return `${bold ? 'bold ' : ''}${size}px ${CAPTION_FONT_FAMILY}`;
}

/** A MeasureText backed by a canvas 2D context (browser only). */
export function canvasMeasure(ctx: CanvasRenderingContext2D): MeasureText {
  return (text, size, bold) => {
    ctx.font = fontOf(size, bold);
    return ctx.measureText(text).width;
  };
}

function dashOf(style: LineStyle): number[] {
  return [...LINE_DASH[style]];
}

function drawSwatch(ctx: CanvasRenderingContext2D, sw: LegendSwatch, x: number, y: number): void {
  const m = CAPTION_METRICS;
  ctx.save();
  if (sw.type === 'node') {
    const r = m.swatch / 2;
    const outline = shapeOutline(sw.shape, x + r, y, r);
    ctx.beginPath();
    if (outline === 'ellipse') ctx.arc(x + r, y, r, 0, 2 * Math.PI);
    else outline.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py)));
    ctx.closePath();
    ctx.fillStyle = sw.color;
    ctx.fill();
    if (sw.borderColor) {
      ctx.strokeStyle = sw.borderColor;
      ctx.lineWidth = 1;
      ctx.stroke();
    }
  } else {
    const len = m.edgeSwatch;
    const end = sw.arrow ? x + len - 6 : x + len;
    ctx.strokeStyle = sw.color;
    ctx.lineWidth = 2;
    ctx.setLineDash(dashOf(sw.lineStyle));
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(end, y);
    ctx.stroke();
    if (sw.arrow) {
      ctx.setLineDash([]);
      ctx.fillStyle = sw.color;
      ctx.beginPath();
      ctx.moveTo(x + len, y);
      ctx.lineTo(x + len - 7, y - 4);
      ctx.lineTo(x + len - 7, y + 4);
      ctx.closePath();
      ctx.fill();
    }
  }
  ctx.restore();
}

/** Paints `layout` on `ctx` at `at`, with a thin rule above it. */
export function drawCaption(
  ctx: CanvasRenderingContext2D,
  layout: CaptionLayout,
  at: Placement,
  palette: CaptionPalette,
): void {
  ctx.save();
  ctx.translate(at.x, at.y);
  ctx.scale(at.scale, at.scale);
  ctx.strokeStyle = palette.rule;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(CAPTION_METRICS.padding, 0.5);
  ctx.lineTo(layout.width - CAPTION_METRICS.padding, 0.5);
  ctx.stroke();
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  for (const item of layout.items) {
    if (item.kind === 'text') {
      ctx.font = fontOf(item.size, item.bold);
      ctx.fillStyle = item.tone === 'text' ? palette.text : palette.muted;
      ctx.fillText(item.text, item.x, item.y);
    } else {
      drawSwatch(ctx, item.swatch, item.x, item.y);
    }
  }
  ctx.restore();
}

function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

function swatchSvg(sw: LegendSwatch, x: number, y: number): string {
  const m = CAPTION_METRICS;
  const color = escapeXml(sw.color);
  if (sw.type === 'node') {
    const r = m.swatch / 2;
    const outline = shapeOutline(sw.shape, x + r, y, r);
    const stroke = sw.borderColor ? ` stroke="${escapeXml(sw.borderColor)}" stroke-width="1"` : '';
    if (outline === 'ellipse') {
      return `<circle cx="${n(x + r)}" cy="${n(y)}" r="${n(r)}" fill="${color}"${stroke}/>`;
    }
    const pts = outline.map(([px, py]) => `${n(px)},${n(py)}`).join(' ');
    return `<polygon points="${pts}" fill="${color}"${stroke}/>`;
  }
  const len = m.edgeSwatch;
  const end = sw.arrow ? x + len - 6 : x + len;
  const dash = dashOf(sw.lineStyle);
  const dashAttr = dash.length > 0 ? ` stroke-dasharray="${dash.join(',')}"` : '';
  let out = `<line x1="${n(x)}" y1="${n(y)}" x2="${n(end)}" y2="${n(y)}" stroke="${color}" stroke-width="2"${dashAttr}/>`;
  if (sw.arrow) {
    out += `<polygon points="${n(x + len)},${n(y)} ${n(x + len - 7)},${n(y - 4)} ${n(x + len - 7)},${n(y + 4)}" fill="${color}"/>`;
  }
  return out;
}

/** The caption as one SVG `<g>` element (a string), positioned at `at`. */
export function captionSvg(layout: CaptionLayout, at: Placement, palette: CaptionPalette): string {
  const parts: string[] = [
    `<g class="backchannel-caption" transform="translate(${n(at.x)},${n(at.y)}) scale(${n(at.scale)})" font-family="${escapeXml(CAPTION_FONT_FAMILY)}">`,
    `<line x1="${CAPTION_METRICS.padding}" y1="0.5" x2="${n(layout.width - CAPTION_METRICS.padding)}" y2="0.5" stroke="${escapeXml(palette.rule)}" stroke-width="1"/>`,
  ];
  for (const item of layout.items) {
    if (item.kind === 'text') {
      const fill = item.tone === 'text' ? palette.text : palette.muted;
      const weight = item.bold ? ' font-weight="bold"' : '';
      parts.push(
        `<text x="${n(item.x)}" y="${n(item.y)}" font-size="${n(item.size)}"${weight} fill="${escapeXml(fill)}" dominant-baseline="text-before-edge">${escapeXml(item.text)}</text>`,
      );
    } else {
      parts.push(swatchSvg(item.swatch, item.x, item.y));
    }
  }
  parts.push('</g>');
  return parts.join('');
}
