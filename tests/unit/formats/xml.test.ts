import { elementText } from '../../../src/formats/xml-text.ts';
import { describe, expect, it } from 'vitest';
import { escapeXml, parseXml, xmlAttrs } from '../../../src/formats/xml.ts';
import { lineColumnAt } from '../../../src/model/json-location.ts';
import { importDataset } from '../../../src/formats/index.ts';
import { problemsOf } from './helpers.ts';

describe('safe XML parsing', () => {
  it('refuses a DOCTYPE before parsing, saying where', () => {
    const text =
      '<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY x "boom">]>\n<gexf><graph/></gexf>';
    const r = parseXml(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]?.path).toBe('line 2, column 1');
      expect(r.problems[0]?.message).toMatch(/<!DOCTYPE> declaration/);
    }
  });

  it('refuses an ENTITY declaration even without a DOCTYPE in front', () => {
    const problems = problemsOf(
      importDataset('<graphml>\n  <!ENTITY a "b">\n</graphml>', 'x.graphml'),
    );
    expect(problems[0]).toMatch(/^line 2, column 3: refused: .*<!ENTITY>/);
  });

  it('refuses a billion-laughs file without expanding anything', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><gexf>&lol2;</gexf>`;
    expect(problemsOf(importDataset(lol, 'lol.gexf')).join()).toMatch(/DOCTYPE/);
  });

  it('reports malformed XML with the parser line and column', () => {
    const problems = problemsOf(
      importDataset('<gexf>\n<graph>\n<nodes></graph>\n</gexf>', 'bad.gexf'),
    );
    expect(problems[0]).toMatch(/^line 3, column \d+: malformed XML: .*nodes/);
  });

  it('decodes the predefined entities and character references once, and leaves CDATA literal', () => {
    const r = parseXml('<a x="1&#10;2 &amp;#10; &lt;&#x41;">t&amp;<![CDATA[z&amp;z]]><b/></a>');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.root.attrs.x).toBe('1\n2 &#10; <A');
      expect(r.root.text).toBe('t&z&amp;z');
      expect(r.root.children.map((c) => c.name)).toEqual(['b']);
    }
  });

  it('strips namespace prefixes from local names and keeps the written name', () => {
    const r = parseXml('<g xmlns:viz="http:///broken"><viz:color r="1"/></g>');
    expect(r.ok && r.root.children[0]).toMatchObject({
      name: 'color',
      qname: 'viz:color',
      attrs: { r: '1' },
    });
  });

  it('escapes what it writes so that it reads back the same', () => {
    // Controls XML cannot hold, U+FFFE, a lone surrogate, the escape character itself, outer spaces, CR.
    const nasty = ' a<b>&"c"\n\td\u0001\u0000\uFFFE\uD800x\uE000\uE0000041\r\n ';
    const xml = `<a${xmlAttrs({ v: nasty })}>${elementText(nasty)}</a>`;
    const r = parseXml(xml);
    expect(r.ok && r.root.attrs.v).toBe(nasty);
    expect(r.ok && r.root.text).toBe(nasty);
    // Nothing XML 1.0 forbids is in the file.
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/);
    expect(escapeXml('<&>')).toBe('&lt;&amp;&gt;');
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});
