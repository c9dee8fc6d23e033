/**
 * Candidate names in a source text (people, organizations, places), found with `compromise`, loaded
 * on first use (its own chunk, out of the first bundle). Suggestions only: the reader shows them and
 * the user adds one as a new actor or ignores them; nothing is added by itself.
 *
 * The text is read a few thousand characters at a time, yielding between parts, so a long article
 * does not freeze the page.
 */
import { foldName } from '../../../model/reader/fold.ts';
import { paragraphs } from '../../../model/reader/text.ts';

export type NameType = 'person' | 'organization' | 'place';

export interface NameSuggestion {
  text: string;
  type: NameType;
  count: number;
}

/** The part of compromise's view the reader uses. */
interface NlpTerm {
  text: string;
  post?: string;
  tags?: string[];
}
interface NlpView {
  json(options?: object): { terms?: NlpTerm[] }[];
}
interface NlpDoc {
  people(): NlpView;
  organizations(): NlpView;
  places(): NlpView;
}
type Nlp = (text: string) => NlpDoc;

let loading: Promise<Nlp> | undefined;

function loadNlp(): Promise<Nlp> {
  loading ??= import('compromise').then((m) => m.default as unknown as Nlp);
  return loading;
}

/** Words that compromise may tag as part of a name but that no reader wants as an actor's name. */
const NOT_NAMES = new Set(['president', 'minister', 'envoy', 'official', 'officials', 'the']);

/** A word that starts a name: capitalised, and not a lone plural common noun ("Risks"). */
function nameWord(word: string, tags: readonly string[]): boolean {
  return /^\p{Lu}/u.test(word) && !tags.includes('Honorific');
}

/** "U.S." keeps its dot, "Kushner." does not. */
const trimDot = (name: string): string => (/\..*\.$/.test(name) ? name : name.replace(/\.$/, ''));

/**
 * A match split at punctuation and after a possessive ("Qatar, Egypt and Turkey" is three names;
 * "Israel's Qatar strike" is two); titles (President) are left out.
 */
function namesOf(terms: NlpTerm[]): string[] {
  const out: string[] = [];
  let current: { word: string; plural: boolean }[] = [];
  const flush = (): void => {
    while (current.length > 0 && NOT_NAMES.has((current[0]?.word ?? '').toLowerCase()))
      current.shift();
    const lonePlural = current.length === 1 && current[0]?.plural === true;
    // more than four capitalised words in a row is a headline, not a name
    if (current.length > 0 && current.length <= 4 && !lonePlural)
      out.push(trimDot(current.map((c) => c.word).join(' ')));
    current = [];
  };
  for (const term of terms) {
    const tags = term.tags ?? [];
    const possessive = /['’]s?$/u.test(term.text) || tags.includes('Possessive');
    const word = term.text
      .replace(/['’]s?$/u, '')
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
    if (word !== '' && nameWord(word, tags))
      current.push({ word, plural: tags.includes('Plural') });
    else flush();
    if (possessive || /[,;:!?()"“”&]|\s[-–—]\s|[.](\s|$)/u.test(term.post ?? '')) flush();
  }
  flush();
  return out.filter((name) => name.length >= 2);
}

/** Whether `name` is known: a name or alias, or a run of whole words of one (Witkoff in Steve Witkoff). */
function isKnown(folded: string, known: readonly string[]): boolean {
  return known.some((k) => k === folded || ` ${k} `.includes(` ${folded} `));
}

/** Parts of about `size` characters, cut at paragraph ends. */
function parts(text: string, size: number): string[] {
  const out: string[] = [];
  let start = 0;
  for (const p of paragraphs(text)) {
    if (p.end - start >= size) {
      out.push(text.slice(start, p.end));
      start = p.end;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * People, organizations and places named in `text`, most frequent first, at most `limit`, without the
 * names (and words of names) in `knownNames` and without a shorter name inside a longer one found.
 */
export async function suggestNames(
  text: string,
  knownNames: readonly string[] = [],
  limit = 30,
  signal?: AbortSignal,
): Promise<NameSuggestion[]> {
  const nlp = await loadNlp();
  const found = new Map<string, NameSuggestion>();
  for (const part of parts(text, 4000)) {
    if (signal?.aborted) throw new DOMException('Stopped', 'AbortError');
    const doc = nlp(part);
    const views: [NameType, NlpView][] = [
      ['person', doc.people()],
      ['organization', doc.organizations()],
      ['place', doc.places()],
    ];
    for (const [type, view] of views) {
      for (const match of view.json()) {
        for (const name of namesOf(match.terms ?? [])) {
          const key = foldName(name);
          const before = found.get(key);
          if (before) before.count++;
          else found.set(key, { text: name, type, count: 1 });
        }
      }
    }
    await pause();
  }
  const known = knownNames.map(foldName).filter((k) => k !== '');
  const keys = [...found.keys()];
  return [...found.entries()]
    .filter(([key]) => !isKnown(key, known))
    .filter(([key]) => !keys.some((other) => other !== key && ` ${other} `.includes(` ${key} `)))
    .map(([, s]) => s)
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
    .slice(0, limit);
}
