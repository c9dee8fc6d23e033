/**
 * Identifiers for imported records: every id in a dataset is a slug (`^[a-z0-9][a-z0-9-]*$`), unique
 * among actors and relations. Ids from other tools ("0.0", "Kevin Bacon", "n#12") are turned into slugs
 * and disambiguated with a numeric suffix; the importer keeps the original id in `x-source-id`.
 */
import { firstFreeId, isSlug, MAX_SLUG_LENGTH, slugify } from '../model/edit/ids.ts';

/** One slug function for the editor and the importers: it lives in the model (model/edit/ids.ts). */
export { isSlug, MAX_SLUG_LENGTH, slugify };

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
    return firstFreeId(base, (id) => this.reserve(id));
  }
}
