/**
 * A hostile dataset for the export tests (issue 14, item 4): the Gaza network with every text field
 * (dataset title and description, names, aliases, titles, labels, places, summaries, quotes,
 * descriptions, source titles and publishers) replaced by 2,000 characters of markup. Each text
 * starts with a short distinct tag, so that names stay distinct.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The markup repeated in every text. */
const MARKUP = '<b onmouseover=alert(1)>bold</b><img src=x onerror=alert(2)>';

/** Exactly `length` characters of markup, starting with `tag`. */
export function longMarkup(tag: string, length = 2000): string {
  let out = `${tag} `;
  while (out.length < length) out += MARKUP;
  return out.slice(0, length);
}

type Json = Record<string, unknown>;

function replaceText(obj: Json, keys: readonly string[], tag: string): void {
  for (const key of keys) {
    const v = obj[key];
    // Every field is filled, present or not; a list of texts keeps its length (at least one).
    if (Array.isArray(v)) obj[key] = v.map((_, i) => longMarkup(`${tag}.${key}${i}`));
    else obj[key] = longMarkup(`${tag}.${key}`);
  }
}

/** The Gaza dataset with every text field 2,000 characters of markup, as JSON text. */
export function longMarkupDataset(): string {
  const ds = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../graph-data/gaza-ceasefire-2025.json'), 'utf8'),
  ) as Json;
  replaceText(ds, ['title', 'description'], 'dataset');
  for (const [i, s] of (ds.sources as Json[]).entries()) {
    replaceText(s, ['title', 'publisher'], `s${i}`);
  }
  for (const [i, a] of (ds.actors as Json[]).entries()) {
    a.aliases ??= [''];
    replaceText(a, ['name', 'aliases', 'title', 'description'], `a${i}`);
  }
  for (const [i, r] of (ds.relations as Json[]).entries()) {
    replaceText(r, ['label', 'place', 'summary'], `r${i}`);
    for (const [j, q] of ((r.quotes as Json[] | undefined) ?? []).entries()) {
      replaceText(q, ['text'], `r${i}q${j}`);
    }
  }
  return JSON.stringify(ds, null, 2);
}
