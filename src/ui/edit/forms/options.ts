/**
 * Long option lists (a select of 20,000 actors): the options shown for what was typed in the
 * select's find box. Pure.
 */

export interface Option {
  value: string;
  label: string;
}

/** A select longer than this gets a find box. */
export const FIND_OVER = 300;
/** At most this many matches are listed. */
export const MAX_SHOWN = 200;

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The options to list: the empty choice ("None", "Choose…") and the one chosen always; then those
 * whose label contains what was typed (accents and case ignored), at most `max`.
 */
export function optionsFor(
  options: readonly Option[],
  typed: string,
  chosen: string,
  max = MAX_SHOWN,
): { shown: Option[]; matches: number } {
  const q = fold(typed.trim());
  const shown: Option[] = [];
  let matches = 0;
  for (const o of options) {
    const always = o.value === '' || o.value === chosen;
    const hit = o.value !== '' && (q === '' || fold(o.label).includes(q));
    if (hit) matches += 1;
    if (always || (hit && matches <= max)) shown.push(o);
  }
  return { shown, matches };
}
