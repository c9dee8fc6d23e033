/** Name suggestions (compromise, loaded on demand): people, organizations, places; known names left out. */
import { describe, expect, it } from 'vitest';
import { suggestNames } from '../../../../../src/ui/edit/reader/suggest-names.ts';

const TEXT = [
  'President Donald Trump sent Steve Witkoff and Jared Kushner to Cairo.',
  '',
  "Witkoff met Khalil al-Hayya with officials from Qatar, Egypt and Turkey. Israel's Qatar strike angered Doha.",
  '',
  'Jared Kushner later spoke to CBS News and to Gavin Newsom in Cairo.',
  '',
  'Secret Saudi Talks Paved Way for the Deal',
].join('\n');

describe('suggestNames', () => {
  it('suggests people, organizations and places, most frequent first, split at commas and possessives', async () => {
    const found = await suggestNames(TEXT);
    const byText = new Map(found.map((s) => [s.text, s]));
    expect(byText.get('Jared Kushner')).toMatchObject({ type: 'person', count: 2 });
    expect(byText.get('Cairo')).toMatchObject({ type: 'place', count: 2 });
    for (const name of [
      'Donald Trump',
      'Steve Witkoff',
      'Gavin Newsom',
      'Qatar',
      'Egypt',
      'Turkey',
      'CBS News',
    ]) {
      expect(byText.has(name), name).toBe(true);
    }
    // no title as a name, no list run together, no shorter name inside a longer one
    expect([...byText.keys()].some((t) => /President|Qatar Egypt|Israel Qatar/.test(t))).toBe(
      false,
    );
    expect(byText.has('Jared')).toBe(false);
    const counts = found.map((s) => s.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('leaves out the names already in the dataset (and their words) and keeps to the limit', async () => {
    const found = await suggestNames(TEXT, ['Steve Witkoff', 'Jared Kushner', 'Qatar', 'Cairo'], 3);
    const texts = found.map((s) => s.text);
    expect(texts).toHaveLength(3);
    for (const known of ['Steve Witkoff', 'Witkoff', 'Jared Kushner', 'Qatar', 'Cairo']) {
      expect(texts).not.toContain(known);
    }
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(suggestNames(TEXT, [], 30, controller.signal)).rejects.toThrow('Stopped');
  });
});
