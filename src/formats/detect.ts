/** Which format a file is in: from its content when that is conclusive, else from its name. */
import type { ImportFormat } from './types.ts';

const EXTENSIONS: Record<string, ImportFormat> = {
  json: 'json',
  gexf: 'gexf',
  graphml: 'graphml',
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
};

function extensionOf(fileName: string | undefined): string | undefined {
  const m = fileName ? /\.([a-z0-9]+)$/i.exec(fileName) : null;
  return m?.[1]?.toLowerCase();
}

/** The name of the root element of an XML text, skipping the declaration, comments and PIs. */
export function xmlRootName(text: string): string | undefined {
  let i = 0;
  const head = text.slice(0, 64 * 1024);
  for (;;) {
    i = head.indexOf('<', i);
    if (i === -1) return undefined;
    // An unterminated declaration, comment or PI has no root after it (and must not loop).
    const skip = (end: string): number => {
      const at = head.indexOf(end, i);
      return at === -1 ? -1 : at + end.length;
    };
    if (head.startsWith('<?', i)) i = skip('?>');
    else if (head.startsWith('<!--', i)) i = skip('-->');
    else if (head.startsWith('<!', i)) i = skip('>');
    else {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(i, i + 200));
      if (!m?.[1]) return undefined;
      const name = m[1];
      const colon = name.indexOf(':');
      return colon === -1 ? name : name.slice(colon + 1);
    }
    if (i <= 0) return undefined;
  }
}

export function detectFormat(text: string, fileName?: string): ImportFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (start.startsWith('<')) {
    const root = xmlRootName(start)?.toLowerCase();
    if (root === 'gexf') return 'gexf';
    if (root === 'graphml') return 'graphml';
  }
  const ext = extensionOf(fileName);
  if (ext !== undefined && Object.prototype.hasOwnProperty.call(EXTENSIONS, ext))
    return EXTENSIONS[ext];
  if (ext === 'xml' || start.startsWith('<')) return undefined;
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  if (/[,;\t]/.test(firstLine)) return 'csv';
  return undefined;
}
