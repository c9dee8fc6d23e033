/**
 * The one XML escaper, for every XML Backchannel writes: GEXF and GraphML (formats/), the SVG
 * caption and legend (cy/export/). Characters XML 1.0 cannot hold at all, not even as a character
 * reference (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; a lone
 * surrogate), are dropped, so that the file parses.
 */

// eslint-disable-next-line no-control-regex
const NOT_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A high surrogate not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 forbids. */
export function dropNonXmlChars(text: string): string {
  return text.replace(NOT_XML_CHARS, '').replace(LONE_SURROGATE, '');
}

/**
 * Text safe inside an element or a double-quoted attribute (every attribute we write is
 * double-quoted); tab, line feed and carriage return become character references, so that an
 * attribute keeps them.
 */
export function escapeXml(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Text safe as element content (line breaks kept as they are). */
export function escapeXmlText(text: string): string {
  return dropNonXmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
