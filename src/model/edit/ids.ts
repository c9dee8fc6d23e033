/**
 * Identifiers made from names: every id in a dataset is a slug (`^[a-z0-9][a-z0-9-]*$`), unique among
 * actors and relations (sources have their own namespace). The editor and the importers (formats/ids.ts
 * re-exports these) make them the same way: "Misérables" → `miserables`, then `miserables-2`, … when taken.
 */
import { SLUG_PATTERN } from '../schema.ts';
import { RESERVED_IDS } from '../validate-rules.ts';

/** Longest slug produced from a label (long labels are cut at a hyphen when possible). */
export const MAX_SLUG_LENGTH = 64;

/**
 * A slug from any text: accents dropped ("Misérables" → "miserables"), lower case, every run of other
 * characters → one hyphen, no leading or trailing hyphen. May be empty (text with no letter or digit).
 */
export function slugify(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= MAX_SLUG_LENGTH) return base;
  const cut = base.slice(0, MAX_SLUG_LENGTH);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

/** `base` if `free(base)`, else the first of `base-2`, `base-3`, … that is. */
export function firstFreeId(base: string, free: (id: string) => boolean): string {
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (free(id)) return id;
  }
}

/**
 * A slug from `text` that is not in `taken` and not a reserved id (`constructor`, `prototype`):
 * `witkoff`, else `witkoff-2`, `witkoff-3`, … Text with no letter or digit gives `fallback` (slugified).
 */
export function uniqueId(text: string, taken: Iterable<string>, fallback = 'item'): string {
  const used = new Set(taken);
  const base = slugify(text) || slugify(fallback) || 'item';
  return firstFreeId(base, (id) => !used.has(id) && !RESERVED_IDS.has(id));
}
