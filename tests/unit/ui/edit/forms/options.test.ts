/** The options a long select lists for what was typed in its find box. */
import { describe, expect, it } from 'vitest';
import { optionsFor } from '../../../../../src/ui/edit/forms/options.ts';

const options = [
  { value: '', label: 'None' },
  ...Array.from({ length: 1000 }, (_, i) => ({ value: `a${i}`, label: `Actor ${i}` })),
  { value: 'hayya', label: 'Khalil al-Ḥayya' },
];

describe('optionsFor', () => {
  it('lists at most max matches, the empty choice and the chosen one always', () => {
    const { shown, matches } = optionsFor(options, '', 'a999', 10);
    expect(matches).toBe(1001);
    expect(shown.map((o) => o.value)).toEqual([
      '',
      ...Array.from({ length: 10 }, (_, i) => `a${i}`),
      'a999',
    ]);
  });

  it('matches what was typed anywhere in the label, accents and case ignored', () => {
    const { shown, matches } = optionsFor(options, ' HAYYA ', '');
    expect(matches).toBe(1);
    expect(shown.map((o) => o.value)).toEqual(['', 'hayya']);
    expect(optionsFor(options, 'actor 99', 'a5').shown.map((o) => o.value)).toEqual([
      '',
      'a5',
      'a99',
      ...Array.from({ length: 10 }, (_, i) => `a${990 + i}`),
    ]);
  });
});
