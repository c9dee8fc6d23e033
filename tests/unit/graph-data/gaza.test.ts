/**
 * Dataset-specific assertions for graph-data/gaza-ceasefire-2025.json: the actors and relations that
 * issues 2 and 12 require, roles and certainty as the seed article states them, quotes exactly as it gives
 * them, and no invented URL or date. (quotes.test.ts checks the text against the article itself.)
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
    // The article is undated and tells of things after October 2025 without dating them.
    expect(ds.asOf).toBeUndefined();
  });

  it('holds 19 actors and 19 relations, each relation with a label', () => {
    expect(ds.actors).toHaveLength(19);
    expect(ds.relations).toHaveLength(19);
    expect(ds.sources).toHaveLength(18);
    const kinds = new Map<string, number>();
    for (const r of ds.relations) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({
      statement: 11,
      attack: 2,
      meeting: 1,
      mediation: 1,
      agreement: 1,
      guarantee: 1,
      authorization: 1,
      proposal: 1,
    });
    for (const r of ds.relations) expect(r.label?.trim(), r.id).toBeTruthy();
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
      // The article never says Netanyahu belongs to Israel: he appears only in a headline.
      ['netanyahu', 'person', undefined],
      ['al-hayya-son', 'person', undefined],
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
      expect.arrayContaining([
        'al-Khaya',
        'al\u2011Khaya',
        'Khalil\u202fal\u2011Hayya',
        'al\u2011Hayya',
        'Hayya',
      ]),
    );
    // The article separates the names with a narrow no-break space, not a plain space.
    expect(hayya?.aliases).not.toContain('Khalil al\u2011Hayya');
  });

  it('draws the Sharm el-Sheikh meeting as one hub with seven spokes, "by October 2025"', () => {
    const m = relation('sharm-el-sheikh-meeting');
    expect(m.kind).toBe('meeting');
    expect([m.date, m.endDate]).toEqual([undefined, '2025-10']);
    expect(m.place).toBe('Sharm el-Sheikh, Egypt');
    expect(m.summary).toMatch(/45 minutes/);
    expect(roles('sharm-el-sheikh-meeting')).toEqual([
      'mediator:egypt-intelligence',
      'mediator:qatar-intelligence',
      'mediator:turkey-intelligence',
      'participant:al-hayya',
      'participant:hamas-delegation',
      'participant:kushner',
      'participant:witkoff',
    ]);
  });

  it('confirms only what participants say themselves, part by part', () => {
    // The envoys disclosed the meeting; the place, al-Hayya's lead and the mediators come from sources.
    expect(relation('sharm-el-sheikh-meeting').certainty).toBe('reported');
    const confirmedParts = ds.relations.flatMap((r) =>
      r.participants.filter((p) => p.certainty === 'confirmed').map((p) => `${r.id}:${p.actor}`),
    );
    expect(confirmedParts.sort()).toEqual([
      'gaza-peace-talks:witkoff',
      'hostages-burden-message:witkoff',
      'sharm-el-sheikh-meeting:hamas-delegation',
      'sharm-el-sheikh-meeting:kushner',
      'sharm-el-sheikh-meeting:witkoff',
    ]);
    const confirmed = ds.relations.filter((r) => r.certainty === 'confirmed').map((r) => r.id);
    expect(confirmed.sort()).toEqual(['kushner-hostages-question', 'witkoff-duped-admission']);
    expect(ds.relations.filter((r) => r.certainty === 'disputed')).toEqual([]);
    // Nothing known only from headlines is confirmed.
    for (const r of ds.relations) {
      if (r.sources?.includes('seed-article')) continue;
      expect(r.certainty, r.id).toBe('reported');
      for (const p of r.participants) expect(p.certainty ?? 'reported', r.id).toBe('reported');
    }
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
          'conveyor:kushner',
          'conveyor:witkoff',
          'guarantor:united-states',
          'subject:israel',
        ],
      ],
      'bridge-ceasefire-proposal': ['proposal', ['proposer:witkoff', 'recipient:hamas']],
      'israel-strike-on-qatar': ['attack', ['attacker:israel', 'target:qatar']],
      'netanyahu-apology-to-qatar': ['statement', ['addressee:qatar', 'speaker:netanyahu']],
      'witkoff-condolences-al-hayya': ['statement', ['addressee:al-hayya', 'speaker:witkoff']],
      'envoys-felt-betrayed': [
        'statement',
        ['speaker:kushner', 'speaker:witkoff', 'subject:israel'],
      ],
      'witkoff-duped-admission': ['statement', ['speaker:witkoff', 'subject:hamas']],
      'kushner-hostages-question': ['statement', ['speaker:kushner', 'subject:hamas']],
      'hostages-burden-message': [
        'statement',
        ['addressee:hamas-delegation', 'speaker:kushner', 'speaker:witkoff'],
      ],
      'gaza-peace-talks': [
        'mediation',
        ['mediator:kushner', 'mediator:witkoff', 'party:hamas', 'party:israel'],
      ],
      'airstrike-kills-al-hayya-son': ['attack', ['attacker:israel', 'target:al-hayya-son']],
      'mediators-declare-agreement': [
        'statement',
        ['speaker:egypt-intelligence', 'speaker:qatar-intelligence', 'speaker:turkey-intelligence'],
      ],
      'gaza-peace-deal': ['agreement', ['mediator:united-states', 'party:hamas', 'party:israel']],
    };
    for (const [id, [kind, rs]] of Object.entries(want)) {
      expect(relation(id).kind, id).toBe(kind);
      expect(roles(id), id).toEqual(rs);
    }
    expect(relation('bridge-ceasefire-proposal').date).toBe('2025');
    expect(relation('bridge-ceasefire-proposal').summary).toMatch(/rejected or stalled/);
    // The article names no parties for "the next phase": no relation is made of it.
    expect(ds.relations.find((r) => r.id === 'next-phase-brokering')).toBeUndefined();
    expect(ds.relations.map((r) => r.kind)).not.toContain('negotiation');
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

  it('leaves a speaker out only where the text does not name who said the words', () => {
    // "One source: …" and "According to sources: …": the words are the sources', not Trump's, and the
    // sources are unnamed; the CBS News headline does not say which of Witkoff and Kushner spoke.
    const unattributed = ds.relations.flatMap((r) =>
      (r.quotes ?? []).filter((q) => q.speaker === undefined).map(() => r.id),
    );
    expect(unattributed.sort()).toEqual([
      'envoys-felt-betrayed',
      'trump-authorizes-envoys',
      'us-guarantee-to-hamas',
    ]);
    // A quote's speaker is an actor, and never the `us-envoys` group standing in for an unknown speaker.
    const speakers = ds.relations.flatMap((r) => (r.quotes ?? []).map((q) => q.speaker));
    expect(speakers).not.toContain('us-envoys');
  });

  it('states no URL and no source date, and no date finer than the article gives', () => {
    expect(text).not.toMatch(/"url"\s*:/);
    expect(text).not.toMatch(/https?:/);
    for (const s of ds.sources) expect(s.date, s.id).toBeUndefined();
    const dated = ds.relations.flatMap((r) =>
      r.date === undefined && r.endDate === undefined
        ? []
        : [`${r.id}:${r.date ?? ''}..${r.endDate ?? ''}`],
    );
    // "By October 2025" is an end date alone; "Earlier in 2025" is 2025; nothing else is dated.
    expect(dated.sort()).toEqual([
      'bridge-ceasefire-proposal:2025..',
      'hostages-burden-message:..2025-10',
      'sharm-el-sheikh-meeting:..2025-10',
    ]);
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
