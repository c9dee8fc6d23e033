/** The saved file's text and name, and the undo/redo shortcuts (pure parts of the editor's UI). */
import { describe, expect, it } from 'vitest';
import { savedFileName, savedText } from '../../../../src/ui/edit/save.ts';
import { shortcutOf } from '../../../../src/ui/edit/shortcuts.ts';
import { parseDataset } from '../../../../src/model/validate.ts';
import type { Dataset } from '../../../../src/model/schema.ts';

const DS: Dataset = {
  schemaVersion: 1,
  id: 'talks',
  title: 'Talks',
  sources: [
    { id: 'news', title: 'News' },
    { id: 'wire', title: 'Wire' },
  ],
  actors: [{ id: 'ann', name: 'Ann', kind: 'person' }],
  relations: [],
  positions: { actors: { ann: { x: 1.5, y: -2 } } },
};

describe('savedText', () => {
  it('is the dataset, pretty (2 spaces), without the source texts unless asked', () => {
    const text = savedText(DS, { news: 'the article' }, false);
    expect(text).toBe(`${JSON.stringify(DS, null, 2)}\n`);
    expect(text).not.toMatch(/the article/);
    const back = parseDataset(text);
    expect(back.ok && back.dataset).toEqual(DS);
  });

  it('with the texts: each as x-source-text on its source, and the file still validates', () => {
    const text = savedText(DS, { news: 'the <b>article</b>', wire: '' }, true);
    const back = parseDataset(text);
    expect(back.ok).toBe(true);
    const sources = (JSON.parse(text) as { sources: Record<string, unknown>[] }).sources;
    expect(sources[0]?.['x-source-text']).toBe('the <b>article</b>');
    expect(sources[1]).toEqual({ id: 'wire', title: 'Wire' });
  });
});

describe('savedFileName', () => {
  it('keeps a .json file name, else makes one from the file or the draft', () => {
    expect(savedFileName('Talks', 'talks.json')).toBe('talks.json');
    expect(savedFileName('Talks', 'talks.gexf')).toBe('talks.json');
    expect(savedFileName('Gaza notes, Oct', undefined)).toBe('gaza-notes-oct.json');
  });
});

describe('shortcutOf', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }); // prettier-ignore
  it('undo: Ctrl+Z or Cmd+Z; redo: Ctrl/Cmd+Shift+Z or Ctrl+Y; nothing else', () => {
    expect(shortcutOf(key('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutOf(key('z', { metaKey: true }))).toBe('undo');
    expect(shortcutOf(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutOf(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutOf(key('y', { ctrlKey: true }))).toBe('redo');
    expect(shortcutOf(key('z'))).toBeUndefined();
    expect(shortcutOf(key('z', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(shortcutOf(key('y', { metaKey: true }))).toBeUndefined();
  });
});
