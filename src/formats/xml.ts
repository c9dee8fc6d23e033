/**
 * Safe XML reading for the GEXF and GraphML importers, on fast-xml-parser.
 *
 * A document with a `<!DOCTYPE` or `<!ENTITY` declaration is refused before anything is parsed (no
 * entity expansion, no external entities, whatever the parser would do with them). Malformed XML is
 * refused with the parser's line and column. The result is a small tree of plain records: element
 * names keep their prefix in `qname` and lose it in `name` (so `viz:color` is found whatever URI the
 * `viz` prefix is bound to), and attributes are in a null-prototype record.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lineColumnAt } from '../model/line-column.ts';
import { escapeXml, escapeXmlText } from '../model/xml-escape.ts';
import { attributeText, decodeXmlChars } from './xml-text.ts';
import type { Problem } from './types.ts';

export interface XmlElement {
  /** Local name, without a namespace prefix. */
  name: string;
  /** Name as written, with its prefix. */
  qname: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /**
   * Text content directly inside the element (text and CDATA): raw outer white space trimmed,
   * references kept (see xml-text.ts, whose encoding of characters XML cannot hold is undone here).
   */
  text: string;
}

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; problems: Problem[] };

const FORBIDDEN_DECLARATIONS = /<!(DOCTYPE|ENTITY)/i;
/** Comments and CDATA sections, where `<!DOCTYPE` is text, not a declaration. */
const COMMENTS_AND_CDATA = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g;

/** The text with comments and CDATA blanked out (same length: offsets stay right). */
function withoutComments(text: string): string {
  if (!text.includes('<!--') && !text.includes('<![CDATA[')) return text;
  return text.replace(COMMENTS_AND_CDATA, (m) => ' '.repeat(m.length));
}

/** A character reference to a surrogate (`&#xD800;`): no character, refused. */
class SurrogateReference extends Error {
  constructor(readonly reference: string) {
    super(reference);
  }
}

function surrogateProblem(body: string, reference: string): XmlResult {
  const { line, column } = lineColumnAt(body, Math.max(0, body.indexOf(reference)));
  return {
    ok: false,
    problems: [
      {
        path: `line ${line}, column ${column}`,
        message: `refused: the character reference ${reference} names a surrogate code point, which is not a character`,
      },
    ],
  };
}

export function parseXml(text: string): XmlResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const forbidden = FORBIDDEN_DECLARATIONS.exec(withoutComments(body));
  if (forbidden) {
    const { line, column } = lineColumnAt(body, forbidden.index);
    const what = (forbidden[1] ?? '').toUpperCase();
    return {
      ok: false,
      problems: [
        {
          path: `line ${line}, column ${column}`,
          message: `refused: the XML has a <!${what}> declaration; for safety, XML with document type or entity declarations is not read`,
        },
      ],
    };
  }
  const valid = XMLValidator.validate(body, { allowBooleanAttributes: false });
  if (valid !== true) {
    return {
      ok: false,
      problems: [
        {
          path: `line ${valid.err.line}, column ${valid.err.col}`,
          message: `malformed XML: ${valid.err.msg}`,
        },
      ],
    };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    // Entities are decoded below, in one pass (the parser would leave `&#10;` in attributes as is).
    processEntities: false,
    htmlEntities: false,
    cdataPropName: '#cdata',
    ignoreDeclaration: true,
    ignorePiTags: true,
    commentPropName: false,
  });
  let ordered: unknown;
  try {
    ordered = parser.parse(body);
  } catch (e) {
    return {
      ok: false,
      problems: [{ path: '(document)', message: `malformed XML: ${errorMessage(e)}` }],
    };
  }
  let roots: XmlElement[];
  try {
    roots = toElements(ordered);
  } catch (e) {
    if (e instanceof SurrogateReference) return surrogateProblem(body, e.reference);
    throw e;
  }
  const root = roots[0];
  if (!root) {
    return {
      ok: false,
      problems: [{ path: '(document)', message: 'the XML has no root element' }],
    };
  }
  return { ok: true, root };
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const ENTITY = /&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The five predefined entities and character references (no others exist without a DOCTYPE). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (code >= 0xd800 && code <= 0xdfff) throw new SurrogateReference(whole);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** fast-xml-parser's ordered form (`[{tag: [...children], ':@': {attrs}}, {'#text': '…'}]`) → elements. */
function toElements(list: unknown): XmlElement[] {
  if (!Array.isArray(list)) return [];
  const out: XmlElement[] = [];
  for (const item of list) {
    if (!isRecord(item)) continue;
    for (const key of Object.keys(item)) {
      if (key === ':@' || key === '#text' || key === '#cdata') continue;
      const rawChildren = item[key];
      const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
      const rawAttrs = item[':@'];
      if (isRecord(rawAttrs)) {
        for (const [k, v] of Object.entries(rawAttrs))
          attrs[k] = decodeXmlChars(decodeEntities(String(v)));
      }
      const colon = key.indexOf(':');
      const children = toElements(rawChildren);
      let text = '';
      if (Array.isArray(rawChildren)) {
        for (const c of rawChildren) {
          if (!isRecord(c)) continue;
          if ('#text' in c) text += decodeEntities(String(c['#text']));
          // CDATA is literal: no entity decoding.
          if (Array.isArray(c['#cdata'])) {
            for (const t of c['#cdata'])
              if (isRecord(t) && '#text' in t) text += String(t['#text']);
          }
        }
      }
      out.push({
        name: colon === -1 ? key : key.slice(colon + 1),
        qname: key,
        attrs,
        children,
        // Raw white space is trimmed by the parser; white space written as references is kept.
        text: decodeXmlChars(text),
      });
    }
  }
  return out;
}

/** The element's children with local name `name`. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

export function attr(el: XmlElement, name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(el.attrs, name) ? el.attrs[name] : undefined;
}

/** The one XML escaper (model/xml-escape.ts), for the GEXF and GraphML writers. */
export { escapeXml, escapeXmlText };

/** ` a="1" b="2"` from the defined entries. */
export function xmlAttrs(attrs: Record<string, string | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(attrs))
    if (v !== undefined) out += ` ${k}="${attributeText(v)}"`;
  return out;
}

/**
 * An <edge>'s source and target (GEXF and GraphML spell them alike), or undefined, with a warning,
 * when one is missing.
 */
export function edgeEnds(
  e: XmlElement,
  warnings: string[],
): { source: string; target: string } | undefined {
  const source = attr(e, 'source');
  const target = attr(e, 'target');
  if (source !== undefined && target !== undefined) return { source, target };
  warnings.push(`an <edge> without a source or a target (id '${attr(e, 'id') ?? ''}') was skipped`);
  return undefined;
}
