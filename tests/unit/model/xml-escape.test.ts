import { describe, expect, it } from 'vitest';
import { dropNonXmlChars, escapeXml, escapeXmlText } from '../../../src/model/xml-escape.ts';

describe('escapeXml', () => {
  it('escapes markup and double quotes for a double-quoted attribute', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;'&amp;'&lt;/a&gt;");
  });

  it('keeps tab, line feed and carriage return as character references', () => {
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('drops what XML 1.0 forbids: C0 controls, U+FFFE/U+FFFF, lone surrogates', () => {
    expect(escapeXml('a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf')).toBe('abcdef');
    expect(escapeXml('x\uD800y')).toBe('xy');
    expect(escapeXml('x\uDC00y')).toBe('xy');
  });

  it('keeps characters outside the BMP (a surrogate pair) and other text', () => {
    expect(escapeXml('Hayya 😀 — ü')).toBe('Hayya 😀 — ü');
  });
});

describe('escapeXmlText', () => {
  it('keeps line breaks and quotes as they are in element content', () => {
    expect(escapeXmlText('a "b"\n<c> & \u0002')).toBe('a "b"\n&lt;c&gt; &amp; ');
  });
});

describe('dropNonXmlChars', () => {
  it('leaves allowed text unchanged', () => {
    expect(dropNonXmlChars('plain\ttext\n')).toBe('plain\ttext\n');
  });
});
