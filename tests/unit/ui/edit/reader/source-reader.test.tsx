// @vitest-environment jsdom
/**
 * The source reader in jsdom: names highlighted and reachable by keyboard, a selection quoted
 * verbatim from the text's offsets, pasted text used as text (markup never becomes elements).
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SourceReader,
  type SourceReaderProps,
} from '../../../../../src/ui/edit/reader/SourceReader.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TEXT =
  'In Sharm el\u2011Sheikh, Steve Witkoff met Khalil\u202fal\u2011Hayya  with mediators from Qatar.\n\n' +
  'Later  Witkoff said: “Hamas agreed.”\n\n<img src=x onerror="window.__ran=1"> <script>window.__ran=1</script> Egypt';

const ACTORS = [
  { id: 'witkoff', name: 'Steve Witkoff', kind: 'person' },
  { id: 'al-hayya', name: 'Khalil al-Hayya', aliases: ['al-Khaya'], kind: 'person' },
  { id: 'qatar', name: 'Qatar', kind: 'state' },
  { id: 'egypt', name: 'Egypt', kind: 'state' },
  { id: 'hamas', name: 'Hamas', kind: 'organization' },
];

let root: Root | undefined;

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

function props(over: Partial<SourceReaderProps> = {}): SourceReaderProps {
  return {
    sources: [
      { id: 'seed', title: 'Seed article' },
      { id: 'other', title: 'Other' },
    ],
    sourceId: 'seed',
    text: TEXT,
    actors: ACTORS,
    onSelectSource: vi.fn(),
    onSetText: vi.fn(),
    onJumpToActor: vi.fn(),
    onQuote: vi.fn(),
    onNewActor: vi.fn(),
    onNewRelation: vi.fn(),
    onClose: vi.fn(),
    ...over,
  };
}

async function mount(p: SourceReaderProps): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root?.render(<SourceReader {...p} />));
  return host;
}

const button = (host: HTMLElement, name: string): HTMLButtonElement => {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

const marks = (host: HTMLElement): HTMLElement[] => [
  ...host.querySelectorAll<HTMLElement>('article mark'),
];

describe('SourceReader', () => {
  it('highlights the actors named in the text, as buttons with one tab stop', async () => {
    const host = await mount(props());
    expect(marks(host).map((m) => `${m.dataset.actor}:${m.textContent}`)).toEqual([
      'witkoff:Steve Witkoff',
      'al-hayya:Khalil\u202fal\u2011Hayya',
      'qatar:Qatar',
      'witkoff:Witkoff',
      'hamas:Hamas',
      'egypt:Egypt',
    ]);
    expect(marks(host).every((m) => m.getAttribute('role') === 'button')).toBe(true);
    expect(marks(host).filter((m) => m.tabIndex === 0)).toHaveLength(1);
    expect(host.textContent).toContain('6 mentions of 5 actors.');
  });

  it('shows markup in a text as text: no element is made from it and nothing runs', async () => {
    const host = await mount(props());
    const article = host.querySelector('article') as HTMLElement;
    expect(article.querySelector('img, script')).toBeNull();
    expect(article.textContent).toContain('<img src=x onerror="window.__ran=1"> <script>');
    expect((window as { __ran?: number }).__ran).toBeUndefined();
  });

  it('jumps to the actor from a highlight by Enter or click; arrows move between highlights', async () => {
    const p = props();
    const host = await mount(p);
    const [first, second] = marks(host) as [HTMLElement, HTMLElement];
    await act(async () => {
      first.focus();
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(document.activeElement).toBe(second);
    expect(second.tabIndex).toBe(0);
    await act(async () => {
      second.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(p.onJumpToActor).toHaveBeenLastCalledWith('al-hayya');
    await act(async () => marks(host)[2]?.click());
    expect(p.onJumpToActor).toHaveBeenLastCalledWith('qatar');
  });

  it('quotes a selection verbatim from the text, across highlights and paragraphs', async () => {
    const p = props();
    const host = await mount(p);
    const [witkoff, , , later] = marks(host) as HTMLElement[];
    const range = document.createRange();
    // from inside "Steve Witkoff" ("Witkoff…") to the end of "Witkoff" in the second paragraph
    range.setStart(witkoff?.firstChild as Text, 6);
    range.setEnd(later?.firstChild as Text, 7);
    await act(async () => {
      const selection = document.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    const expected = TEXT.slice(TEXT.indexOf('Witkoff met'), TEXT.indexOf('Witkoff said') + 7);
    expect(expected).toContain('\n\nLater  Witkoff');
    await act(async () => button(host, 'Quote').click());
    expect(p.onQuote).toHaveBeenCalledWith(expected);
    await act(async () => button(host, 'New relation').click());
    expect(p.onNewRelation).toHaveBeenCalledWith(expected);
  });

  it('offers "New actor" on a selected name', async () => {
    const p = props();
    const host = await mount(p);
    const para = host.querySelector('article p') as HTMLElement;
    const run = para.querySelector('span') as HTMLElement; // "In Sharm el‑Sheikh, "
    const range = document.createRange();
    range.setStart(run.firstChild as Text, 3);
    range.setEnd(run.firstChild as Text, 18);
    await act(async () => {
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    await act(async () => button(host, 'New actor').click());
    expect(p.onNewActor).toHaveBeenCalledWith('Sharm el\u2011Sheikh');
  });

  it('uses a pasted text as plain text, and reduces an HTML-only clipboard to text', async () => {
    const p = props({ text: undefined });
    const host = await mount(p);
    expect(host.textContent).toContain('No text for this source yet');
    await act(async () => button(host, 'Paste text').click());
    const area = host.querySelector('textarea') as HTMLTextAreaElement;
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    const data: Record<string, string> = {
      'text/plain': '',
      'text/html':
        '<p>Witkoff <img src=x onerror="window.__ran=1">met</p><script>window.__ran=1</script><p>Hamas</p>',
    };
    Object.defineProperty(paste, 'clipboardData', {
      value: { getData: (t: string) => data[t] ?? '' },
    });
    await act(async () => {
      area.dispatchEvent(paste);
    });
    expect(area.value).toBe('Witkoff met\n\nHamas');
    expect(host.querySelector('img')).toBeNull();
    await act(async () => button(host, 'Use this text').click());
    expect(p.onSetText).toHaveBeenCalledWith('seed', 'Witkoff met\n\nHamas');
    expect((window as { __ran?: number }).__ran).toBeUndefined();
  });

  it('lets the user pick a source and close the reader', async () => {
    const p = props();
    const host = await mount(p);
    const select = host.querySelector('select') as HTMLSelectElement;
    expect(select.closest('label')?.textContent).toContain('Source');
    await act(async () => {
      select.value = 'other';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(p.onSelectSource).toHaveBeenCalledWith('other');
    await act(async () =>
      (host.querySelector('[aria-label="Close the source reader"]') as HTMLElement).click(),
    );
    expect(p.onClose).toHaveBeenCalled();
  });
});
