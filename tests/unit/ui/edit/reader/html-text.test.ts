// @vitest-environment jsdom
/** Source files reduced to text: HTML through DOMParser (nothing runs, nothing loads), Markdown, size cap. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  htmlToText,
  MAX_SOURCE_BYTES,
  readSourceFile,
  sourceFormatOf,
} from '../../../../../src/ui/edit/reader/html-text.ts';

afterEach(() => vi.restoreAllMocks());

describe('htmlToText', () => {
  it('keeps the words, paragraphs apart, and drops scripts, styles, images and templates', () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{color:red}</style></head><body>
      <h1>Talks  in
        Cairo</h1><p>Witkoff met <b>al&#8209;Hayya</b>.<br>Next line.</p>
      <script>window.__ran = true;</script><noscript>no</noscript><template><p>t</p></template>
      <img src="x" onerror="window.__ran = true"><ul><li>one</li><li>two</li></ul>
      <table><tr><td>a</td><td>b</td></tr></table><pre>  kept
   as is</pre></body></html>`;
    expect(htmlToText(html)).toBe(
      'Talks in Cairo\n\nWitkoff met al\u2011Hayya.\nNext line.\n\n• one\n• two\n\na\tb\n\n  kept\n   as is',
    );
    expect((window as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it('gives markup written as text back as text, never as elements', () => {
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt; Hamas')).toBe(
      '<img src=x onerror=alert(1)> Hamas',
    );
  });
});

describe('readSourceFile', () => {
  it('chooses the format by extension, else by MIME type', () => {
    expect(sourceFormatOf('a.TXT', '')).toBe('text');
    expect(sourceFormatOf('a.markdown', 'text/plain')).toBe('markdown');
    expect(sourceFormatOf('page', 'text/html; charset=utf-8')).toBe('html');
    expect(sourceFormatOf('a.pdf', 'application/pdf')).toBeUndefined();
  });

  it('reduces HTML and Markdown files to text and normalises line ends', async () => {
    const html = new File(['<p>One</p><script>x()</script><p>Two</p>'], 'a.html', {
      type: 'text/html',
    });
    expect(await readSourceFile(html)).toEqual({ text: 'One\n\nTwo', format: 'html' });
    const md = new File(['# Head\r\n\r\n**Bold** [link](http://x)'], 'a.md');
    expect(await readSourceFile(md)).toEqual({ text: 'Head\n\nBold link', format: 'markdown' });
    const txt = new File(['a\r\n<b>b</b>'], 'a.txt');
    expect(await readSourceFile(txt)).toEqual({ text: 'a\n<b>b</b>', format: 'text' });
  });

  it('refuses a file over 2 MiB before reading it, and a file of another kind', async () => {
    const big = new File([new Uint8Array(MAX_SOURCE_BYTES + 1)], 'big.txt');
    const read = vi.spyOn(big, 'text');
    await expect(readSourceFile(big)).rejects.toThrow(
      /“big\.txt” is 2\.0 MiB; a source text can be at most 2 MiB/,
    );
    expect(read).not.toHaveBeenCalled();
    await expect(readSourceFile(new File(['x'], 'a.pdf'))).rejects.toThrow(/\.txt, \.md or \.html/);
  });
});
