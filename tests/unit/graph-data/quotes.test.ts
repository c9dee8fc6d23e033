/**
 * graph-data/gaza-ceasefire-2025.json says what the seed article says, word for word: every quote, every
 * passage quoted in a summary or description, every line its README quotes (`> …`) is a verbatim part of
 * the article or of a headline it cites, and every alias claimed as the article's spelling is in it.
 *
 * The article is read from `../shared/seed/article.txt` beside the repository (CI clones the repository
 * with a copy of `shared/` beside it). A missing article fails the test: it is never skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/model/validate.ts';
import type { Dataset } from '../../../src/model/schema.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const ARTICLE = resolve(REPO, '../shared/seed/article.txt');
const DATASET = resolve(REPO, 'graph-data/gaza-ceasefire-2025.json');
const README = resolve(REPO, 'graph-data/README.md');

/** Aliases that are deliberately NOT the article's spelling (a plain-hyphen search form). */
const SEARCH_FORMS: Record<string, string[]> = { 'al-hayya': ['al-Khaya'] };

function readArticle(): string {
  if (!existsSync(ARTICLE))
    throw new Error(
      `seed article not found at ${ARTICLE}: the Gaza dataset is checked against it, so put a copy of ` +
        'the shared/ folder (shared/seed/article.txt) beside the repository',
    );
  return readFileSync(ARTICLE, 'utf8');
}

/** Only whitespace is normalised: the narrow no-break space U+202F and runs of white space become one space. */
function normalise(text: string): string {
  return text
    .replace(/\u202f/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function loadDataset(): Dataset {
  const r = parseDataset(readFileSync(DATASET, 'utf8'));
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.dataset;
}

/** The passages a text quotes between straight double quotes ("…"). */
function quotedPassages(text: string): string[] {
  return [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** Lines of the README that quote the article (`> …`). */
function readmeQuotes(readme: string): string[] {
  return readme
    .split('\n')
    .filter((l) => l.startsWith('> '))
    .map((l) => l.slice(2));
}

/** The README's per-relation sections: relation id → the lines it quotes. */
function readmeSections(readme: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of readme.split('\n')) {
    const heading = /^#### `([a-z0-9-]+)`/.exec(line);
    if (heading?.[1] !== undefined) {
      current = [];
      out.set(heading[1], current);
    } else if (line.startsWith('#')) current = undefined;
    else if (line.startsWith('> ')) current?.push(line.slice(2));
  }
  return out;
}

describe('the seed article check itself', () => {
  it('normalises only white space: a plain hyphen does not match the non-breaking one', () => {
    const article = normalise('led by Khalil\u202fal\u2011Hayya  (also\nspelled)');
    expect(article).toContain(normalise('Khalil al\u2011Hayya (also spelled)'));
    expect(article).not.toContain(normalise('Khalil al-Hayya'));
  });

  it('finds the article beside the repository', () => {
    expect(readArticle().length).toBeGreaterThan(1000);
  });
});

describe('gaza-ceasefire-2025 against the seed article', () => {
  const article = normalise(readArticle());
  const ds = loadDataset();
  const titles = new Map(ds.sources.map((s) => [s.id, s.title]));

  it('cites as headlines only lines the article prints, with the outlet it names', () => {
    for (const s of ds.sources) {
      if (s.id === 'seed-article') continue;
      expect(article, s.id).toContain(normalise(s.title));
      if (s.publisher !== undefined) {
        const printed = [' - ', ' | '].map((sep) => normalise(`${s.title}${sep}${s.publisher}`));
        expect(
          printed.some((p) => article.includes(p)),
          `${s.id}: "${s.title}" followed by " - ${s.publisher}" or " | ${s.publisher}"`,
        ).toBe(true);
      }
    }
  });

  it('gives every quote verbatim, from the article or from the headline it cites', () => {
    for (const r of ds.relations) {
      for (const q of r.quotes ?? []) {
        const where = `${r.id}: "${q.text}"`;
        if (q.source === undefined || q.source === 'seed-article') {
          expect(article, where).toContain(normalise(q.text));
        } else {
          const title = titles.get(q.source);
          expect(title, `${where}: unknown source ${q.source}`).toBeDefined();
          expect(normalise(title ?? ''), where).toContain(normalise(q.text));
        }
      }
    }
  });

  it('quotes the article verbatim in every summary and description', () => {
    const texts = [
      ...ds.actors.map((a) => [`actors.${a.id}`, a.description] as const),
      ...ds.relations.map((r) => [`relations.${r.id}`, r.summary] as const),
    ];
    let passages = 0;
    for (const [where, text] of texts) {
      for (const p of quotedPassages(text ?? '')) {
        passages += 1;
        expect(article, `${where}: "${p}"`).toContain(normalise(p));
      }
    }
    expect(passages).toBeGreaterThan(30);
  });

  it('gives aliases in the article spelling, byte for byte, apart from the declared search forms', () => {
    const raw = readArticle();
    for (const a of ds.actors) {
      const searchForms = SEARCH_FORMS[a.id] ?? [];
      for (const alias of a.aliases ?? []) {
        if (searchForms.includes(alias)) {
          // A search form must really differ from the article, or it should not be declared one.
          expect(raw, `${a.id}: search form "${alias}"`).not.toContain(alias);
        } else expect(raw, `${a.id}: alias "${alias}"`).toContain(alias);
      }
    }
    const hayya = ds.actors.find((a) => a.id === 'al-hayya');
    expect(hayya?.aliases).toContain('Khalil\u202fal\u2011Hayya');
  });

  it('backs every relation in graph-data/README.md with lines quoted verbatim from the article', () => {
    const readme = readFileSync(README, 'utf8');
    for (const line of readmeQuotes(readme)) expect(article, line).toContain(normalise(line));
    const sections = readmeSections(readme);
    const ids = ds.relations.map((r) => r.id);
    for (const id of ids)
      expect(sections.get(id)?.length ?? 0, `README section for ${id}`).toBeGreaterThan(0);
    for (const id of sections.keys())
      expect(ids, `README section for unknown relation ${id}`).toContain(id);
  });
});
