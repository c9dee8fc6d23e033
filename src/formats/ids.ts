/**
 * Identifiers for imported records: every id in a dataset is a slug (`^[a-z0-9][a-z0-9-]*$`), unique
 * among actors and relations. Ids from other tools ("0.0", "Kevin Bacon", "n#12") are turned into slugs
 * and disambiguated with a numeric suffix; the importer keeps the original id in `x-source-id`.
 */
import { SLUG_PATTERN } from '../model/schema.ts';

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

/** Hands out unique slugs: the first taker of a slug gets it, later ones get `-2`, `-3`, … */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** Marks `id` as used (for ids that must be kept as they are). Returns false when it was already taken. */
  reserve(id: string): boolean {
    if (this.taken.has(id)) return false;
    this.taken.add(id);
    return true;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }

  /**
   * A unique slug from the first candidate that slugifies to something non-empty (or `fallback`),
   * suffixed `-2`, `-3`, … when taken.
   */
  take(candidates: readonly (string | undefined)[], fallback: string): string {
    let base = '';
    for (const c of candidates) {
      if (c === undefined) continue;
      base = slugify(c);
      if (base !== '') break;
    }
    if (base === '') base = slugify(fallback) || 'item';
    if (this.reserve(base)) return base;
    for (let n = 2; ; n++) {
      const id = `${base}-${n}`;
      if (this.reserve(id)) return id;
    }
  }
}
