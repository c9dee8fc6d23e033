/**
 * Dataset-specific assertions for graph-data/gaza-ceasefire-2025.json: the actors and relations that
 * issue 2 requires, quotes exactly as the seed article gives them, and no invented URL or date.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/model/validate.ts';
import type { Dataset, Relation } from '../../../src/model/schema.ts';
import { blocsOf } from '../../../src/graph/blocs.ts';
import { participantsOf } from '../../../src/graph/project.ts';

const FILE = new URL('../../../graph-data/gaza-ceasefire-2025.json', import.meta.url);
const text = readFileSync(FILE, 'utf8');

function load(): Dataset {
  const r = parseDataset(text);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.dataset;
}

const ds = load();

function relation(id: string): Relation {
  const r = ds.relations.find((x) => x.id === id);
  if (!r) throw new Error(`no relation '${id}'`);
  return r;
}

/** `role:actor` strings of a relation's participants (roles made explicit), sorted. */
function roles(id: string): string[] {
  return participantsOf(relation(id))
    .map((p) => `${p.role}:${p.actor}`)
    .sort();
}

describe('gaza-ceasefire-2025 dataset', () => {
  it('is a valid dataset with the expected id', () => {
    expect(parseDataset(text).ok).toBe(true);
    expect(ds.id).toBe('gaza-ceasefire-2025');
    expect(ds.asOf).toBe('2025-10');
  });

  it('holds the required actors with their kinds and memberOf chains', () => {
    const want: [string, string, string | undefined][] = [
      ['witkoff', 'person', 'us-envoys'],
      ['kushner', 'person', 'us-envoys'],
      ['trump', 'person', 'united-states'],
      ['us-envoys', 'delegation', 'united-states'],
      ['united-states', 'state', undefined],
      ['al-hayya', 'person', 'hamas-delegation'],
      ['hamas-delegation', 'delegation', 'hamas'],
      ['hamas', 'organization', undefined],
      ['qatar', 'state', undefined],
      ['egypt', 'state', undefined],
      ['turkey', 'state', undefined],
      ['qatar-intelligence', 'organization', 'qatar'],
      ['egypt-intelligence', 'organization', 'egypt'],
      ['turkey-intelligence', 'organization', 'turkey'],
      ['israel', 'state', undefined],
      ['netanyahu', 'person', 'israel'],
    ];
    for (const [id, kind, memberOf] of want) {
      const a = ds.actors.find((x) => x.id === id);
      expect(a, id).toBeDefined();
      expect([a?.kind, a?.memberOf], id).toEqual([kind, memberOf]);
    }
    const blocs = blocsOf(ds.actors);
    expect(blocs.get('witkoff')).toBe('united-states');
    expect(blocs.get('al-hayya')).toBe('hamas');
    expect(blocs.get('turkey-intelligence')).toBe('turkey');
  });

  it('lets search find al-Hayya by the spellings the article uses', () => {
    const hayya = ds.actors.find((a) => a.id === 'al-hayya');
    expect(hayya?.name).toBe('Khalil al-Hayya');
    expect(hayya?.aliases).toEqual(
      expect.arrayContaining(['al-Khaya', 'al\u2011Khaya', 'Khalil al\u2011Hayya', 'Hayya']),
    );
  });

  it('draws the Sharm el-Sheikh meeting as one hub with six spokes', () => {
    const m = relation('sharm-el-sheikh-meeting');
    expect(m.kind).toBe('meeting');
    expect(m.date).toBe('2025-10');
    expect(m.place).toBe('Sharm el-Sheikh, Egypt');
    expect(m.certainty).toBe('confirmed');
    expect(m.summary).toMatch(/45 minutes/);
    expect(roles('sharm-el-sheikh-meeting')).toEqual([
      'mediator:egypt-intelligence',
      'mediator:qatar-intelligence',
      'mediator:turkey-intelligence',
      'participant:hamas-delegation',
      'participant:kushner',
      'participant:witkoff',
    ]);
  });

  it('holds the other relations the issue names, with their roles', () => {
    const want: Record<string, [Relation['kind'], string[]]> = {
      'trump-authorizes-envoys': [
        'authorization',
        ['grantee:kushner', 'grantee:witkoff', 'grantor:trump'],
      ],
      'us-guarantee-to-hamas': [
        'guarantee',
        [
          'beneficiary:hamas',
          'guarantor:kushner',
          'guarantor:united-states',
          'guarantor:witkoff',
          'subject:israel',
        ],
      ],
      'bridge-ceasefire-proposal': ['proposal', ['proposer:witkoff', 'recipient:hamas']],
      'israel-strike-on-qatar': ['attack', ['attacker:israel', 'target:qatar']],
      'netanyahu-apology-to-qatar': ['statement', ['addressee:qatar', 'speaker:netanyahu']],
      'witkoff-condolences-al-hayya': ['statement', ['addressee:al-hayya', 'speaker:witkoff']],
      'envoys-felt-betrayed': [
        'statement',
        ['addressee:israel', 'speaker:kushner', 'speaker:witkoff'],
      ],
      'next-phase-brokering': [
        'mediation',
        ['mediator:united-states', 'party:hamas', 'party:israel'],
      ],
    };
    for (const [id, [kind, rs]] of Object.entries(want)) {
      expect(relation(id).kind, id).toBe(kind);
      expect(roles(id), id).toEqual(rs);
    }
    expect(relation('bridge-ceasefire-proposal').date).toBe('2025');
    expect(relation('bridge-ceasefire-proposal').summary).toMatch(/rejected or stalled/);
    const talks = roles('gaza-peace-talks');
    for (const m of ['qatar', 'egypt', 'turkey', 'witkoff', 'kushner']) {
      expect(talks).toContain(`mediator:${m}`);
    }
  });

  it('gives each quote exactly as the article does, with its speaker', () => {
    const quotes = ds.relations.flatMap((r) => (r.quotes ?? []).map((q) => ({ ...q, rel: r.id })));
    const bySpeaker = (speaker: string) =>
      quotes.filter((q) => q.speaker === speaker).map((q) => q.text);
    expect(bySpeaker('witkoff')).toEqual(
      expect.arrayContaining([
        'The hostages have become more of a burden than a leverage tool.',
        'I think we were able \u2026 to convince people that a hostage release was a good thing.',
        'may have duped me',
      ]),
    );
    expect(bySpeaker('kushner')).toContain(
      'What did Hamas gain by keeping these hostages? You had tens of thousands of Palestinians who were killed in these wars.',
    );
    expect(bySpeaker('united-states')).toEqual(['disarm or we will disarm them.']);
    expect(bySpeaker('newsom')).toEqual(['A Job Well Done']);
    expect(bySpeaker('trump')).toEqual(['very close to deal']);
    // A quote taken from a headline must be a verbatim part of that headline.
    for (const q of quotes) {
      if (q.source === undefined || q.source === 'seed-article') continue;
      const title = ds.sources.find((s) => s.id === q.source)?.title ?? '';
      expect(title, q.rel).toContain(q.text);
    }
  });

  it('leaves a speaker out only where the article quotes unnamed sources', () => {
    // "One source: …" and "According to sources: …": the words are the sources', not Trump's,
    // and the article does not name the sources, so no actor may be made their speaker.
    const unattributed = ds.relations.flatMap((r) =>
      (r.quotes ?? []).filter((q) => q.speaker === undefined).map(() => r.id),
    );
    expect(unattributed.sort()).toEqual(['trump-authorizes-envoys', 'us-guarantee-to-hamas']);
  });

  it('states no URL and no source date, and no date finer than the article gives', () => {
    expect(text).not.toMatch(/"url"\s*:/);
    expect(text).not.toMatch(/https?:/);
    for (const s of ds.sources) expect(s.date, s.id).toBeUndefined();
    const dates = ds.relations.flatMap((r) => [r.date, r.endDate]).filter((d) => d !== undefined);
    expect(new Set(dates)).toEqual(new Set(['2025', '2025-10']));
  });

  it('names a publisher only for the outlets the article names', () => {
    const publishers = new Set(ds.sources.flatMap((s) => (s.publisher ? [s.publisher] : [])));
    expect(publishers).toEqual(
      new Set([
        'The New York Times',
        'Middle East Eye',
        'CBS News',
        'YouTube',
        'The Times of Israel',
        'U.S. News',
        'World Israel News',
        'Fox News',
        'ABC News',
      ]),
    );
  });
});
