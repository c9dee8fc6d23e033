/**
 * Text that XML 1.0 cannot hold, kept through GEXF and GraphML by a reversible encoding.
 *
 * XML 1.0 has no way at all (not even a character reference) to write C0 controls other than tab,
 * line feed and carriage return, U+FFFE, U+FFFF or a lone surrogate. The validator accepts them in
 * a dataset's texts, so the exporters write each as U+E000 (a private-use character) followed by its
 * code as four hex digits, and a U+E000 of the text itself as two U+E000; the XML reader undoes it.
 * Leading and trailing white space and every carriage return are written as character references,
 * because the XML reader trims values and XML parsers turn CR LF into LF.
 */
import { escapeXml, escapeXmlText } from '../model/xml-escape.ts';

export const XML_ESCAPE_CHAR = '\uE000';

const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex
  /[\uE000\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with what XML cannot hold encoded (see above). */
export function encodeXmlChars(text: string): string {
  return text.replace(NOT_IN_XML, (c) =>
    c === XML_ESCAPE_CHAR
      ? XML_ESCAPE_CHAR + XML_ESCAPE_CHAR
      : XML_ESCAPE_CHAR + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

const ENCODED = /\uE000(\uE000|[0-9a-f]{4})/g;

/** Undoes `encodeXmlChars` (a U+E000 not followed by a code or another U+E000 is left as it is). */
export function decodeXmlChars(text: string): string {
  if (!text.includes(XML_ESCAPE_CHAR)) return text;
  return text.replace(ENCODED, (_whole, code: string) =>
    code === XML_ESCAPE_CHAR ? XML_ESCAPE_CHAR : String.fromCharCode(parseInt(code, 16)),
  );
}

function reference(c: string): string {
  return `&#${c.codePointAt(0) ?? 32};`;
}

/** Outer white space as character references (the reader trims raw white space only). */
function keepOuterSpace(escaped: string): string {
  return escaped.replace(/^\s+|\s+$/g, (run) => [...run].map(reference).join(''));
}

/** A double-quoted attribute value that the reader gives back exactly. */
export function attributeText(text: string): string {
  return keepOuterSpace(escapeXml(encodeXmlChars(text)));
}

/** Element content that the reader gives back exactly (line feeds and tabs inside kept raw). */
export function elementText(text: string): string {
  return keepOuterSpace(escapeXmlText(encodeXmlChars(text)).replace(/\r/g, '&#13;'));
}
