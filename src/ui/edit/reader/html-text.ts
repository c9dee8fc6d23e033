/**
 * Source files for the reader, reduced to plain text: HTML through the browser's DOMParser (an inert
 * document: its scripts never run, its images never load), Markdown through model/reader/markdown.ts,
 * plain text as it is. The result is only ever shown as text, never as HTML.
 */
import { markdownToText } from '../../../model/reader/markdown.ts';
import { normaliseText } from '../../../model/reader/text.ts';

/** Elements whose content is not text a reader reads. */
const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'BUTTON',
]);

/** Elements that stand apart from the text around them by a blank line. */
const PARAGRAPHS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'FIGURE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'MAIN',
  'ADDRESS',
  'HR',
  'FORM',
  'FIELDSET',
  'DETAILS',
]);

/** Elements that start a line of their own. */
const LINES = new Set([
  'DIV',
  'LI',
  'TR',
  'DT',
  'DD',
  'FIGCAPTION',
  'CAPTION',
  'SUMMARY',
  'LEGEND',
]);

/** Break markers (private-use characters) kept while walking, resolved at the end (the strongest of adjacent ones wins). */
const LINE = '\uE000';
const PARA = '\uE001';
/** A space and a tab of preformatted text, safe from the trimming of lines. */
const PRE_SPACE = '\uE002';
const PRE_TAB = '\uE003';

function walk(node: Node, out: string[], pre: boolean): void {
  if (node.nodeType === 3) {
    const text = node.nodeValue ?? '';
    out.push(
      pre
        ? text.replace(/\n/g, LINE).replace(/[ \t]/g, (c) => (c === ' ' ? PRE_SPACE : PRE_TAB))
        : text.replace(/[ \t\r\n\f]+/g, ' '),
    );
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (DROPPED.has(tag)) return;
  if (tag === 'BR') {
    out.push(LINE);
    return;
  }
  const mark = PARAGRAPHS.has(tag) ? PARA : LINES.has(tag) ? LINE : '';
  out.push(mark);
  if (tag === 'LI') out.push('• ');
  if (tag === 'TD' || tag === 'TH') out.push('\t');
  for (const child of el.childNodes) walk(child, out, pre || tag === 'PRE' || tag === 'TEXTAREA');
  out.push(mark);
}

/** Break markers and the spaces around them turned into line ends; lines trimmed of outer blanks. */
function resolveBreaks(raw: string): string {
  return raw
    .replace(/[ \t]*([\uE000\uE001])[ \t]*/g, '$1')
    .replace(/[\uE000\uE001]+/g, (run) => (run.includes(PARA) ? '\n\n' : '\n'))
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, '').replace(/^\t+/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(/\uE002/g, ' ')
    .replace(/\uE003/g, '\t');
}

/** The text of an HTML document or fragment: what a reader reads, paragraphs apart, no markup. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: string[] = [];
  if (doc.body) walk(doc.body, out, false);
  return resolveBreaks(out.join(''));
}

export type SourceFormat = 'text' | 'markdown' | 'html';

/** The largest source file the reader opens. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

const EXTENSIONS: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

const TYPES: Record<string, SourceFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};

/** The format of a file by its extension, else its MIME type; undefined when neither is known. */
export function sourceFormatOf(name: string, type: string): SourceFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (
    (ext !== undefined ? EXTENSIONS[ext] : undefined) ?? TYPES[type.split(';')[0]?.trim() ?? '']
  );
}

const mib = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

/** A source file's text, reduced to plain text; refused (thrown, with a sentence to show) if too large or of another kind. */
export async function readSourceFile(file: File): Promise<{ text: string; format: SourceFormat }> {
  const format = sourceFormatOf(file.name, file.type);
  if (format === undefined) {
    throw new Error(
      `“${file.name}” is not a text the reader opens: choose a .txt, .md or .html file.`,
    );
  }
  if (file.size > MAX_SOURCE_BYTES) {
    throw new Error(
      `“${file.name}” is ${mib(file.size)} MiB; a source text can be at most 2 MiB. Open a shorter text or paste the passage you need.`,
    );
  }
  const raw = normaliseText(await file.text());
  if (raw.includes('\u0000')) {
    throw new Error(`“${file.name}” holds binary data (NUL characters), not text.`);
  }
  const text =
    format === 'html' ? htmlToText(raw) : format === 'markdown' ? markdownToText(raw) : raw;
  return { text, format };
}
