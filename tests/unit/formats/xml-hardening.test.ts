/**
 * XML reading (src/formats/xml.ts), issue 16: `<!DOCTYPE` inside a comment or CDATA is text, not a
 * refusal (a real declaration still is); character references to surrogates are refused with their
 * line and column, in text and in attributes; other references still decode.
 */
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../src/formats/xml.ts';

const messages = (text: string): string[] => {
  const r = parseXml(text);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('<!DOCTYPE', () => {
  it('in a comment or a CDATA section is not a declaration', () => {
    expect(parseXml('<?xml version="1.0"?>\n<!-- <!DOCTYPE x> -->\n<gexf/>').ok).toBe(true);
    expect(parseXml('<gexf><![CDATA[<!DOCTYPE x> <!ENTITY y "z">]]></gexf>').ok).toBe(true);
  });

  it('outside them is refused, as is one after an unclosed comment', () => {
    expect(messages('<!-- c -->\n<!DOCTYPE gexf>\n<gexf/>')[0]).toMatch(
      /^line 2, column 1: refused: the XML has a <!DOCTYPE> declaration/,
    );
    expect(messages('<gexf/><!-- <!DOCTYPE x>')[0]).toMatch(/<!DOCTYPE> declaration/);
    expect(messages('<!-- a --><!ENTITY x "y"><gexf/>')[0]).toMatch(/<!ENTITY> declaration/);
  });
});

describe('character references', () => {
  it('to surrogates are refused with their place, in text and attributes', () => {
    expect(messages('<gexf>\n  <a>x&#xD800;y</a>\n</gexf>')).toEqual([
      'line 2, column 7: refused: the character reference &#xD800; names a surrogate code point, which is not a character',
    ]);
    expect(messages('<gexf><a label="&#57343;"/></gexf>')).toEqual([
      'line 1, column 17: refused: the character reference &#57343; names a surrogate code point, which is not a character',
    ]);
  });

  it('to characters still decode', () => {
    const r = parseXml('<gexf><a label="&#x1F600;&#233;&amp;">&#x10FFFF;</a></gexf>');
    expect(r.ok && r.root.children[0]?.attrs.label).toBe('😀é&');
    expect(r.ok && r.root.children[0]?.text).toBe('\u{10FFFF}');
  });
});
