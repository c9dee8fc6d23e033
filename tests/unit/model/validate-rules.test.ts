/**
 * Each rule of the format's Validation section, with a failing case (the path it reports and a
 * message that names the bad value) and a passing case.
 */
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../src/model/schema.ts';
import { parseDataset } from '../../../src/model/validate.ts';
import { deleteAt, parseMutated, problemsOf, sampleDataset, setAt, type Json } from './sample.ts';

interface FailingCase {
  name: string;
  mutate: (d: Json) => void;
  path: string;
  message: RegExp;
}

const failing: FailingCase[] = [
  // Shape
  {
    name: 'a missing required key',
    mutate: (d) => deleteAt(d, ['title']),
    path: 'title',
    message: /^missing required key 'title'$/,
  },
  {
    name: 'a missing actor name',
    mutate: (d) => deleteAt(d, ['actors', 4, 'name']),
    path: 'actors[4].name',
    message: /^missing required key 'name'$/,
  },
  {
    name: 'a wrong type',
    mutate: (d) => setAt(d, ['actors', 0, 'name'], 42),
    path: 'actors[0].name',
    message: /^expected a string, got number 42$/,
  },
  {
    name: 'aliases not a list',
    mutate: (d) => setAt(d, ['actors', 4, 'aliases'], 'Harakat'),
    path: 'actors[4].aliases',
    message: /^expected an array, got string 'Harakat'$/,
  },
  {
    name: 'an unsupported schemaVersion',
    mutate: (d) => setAt(d, ['schemaVersion'], 2),
    path: 'schemaVersion',
    message: /unsupported schemaVersion 2/,
  },
  {
    name: 'a bad dataset slug',
    mutate: (d) => setAt(d, ['id'], 'Sample Set'),
    path: 'id',
    message: /^'Sample Set' must be a slug/,
  },
  {
    name: 'a bad actor slug',
    mutate: (d) => setAt(d, ['actors', 5, 'id'], '-qatar'),
    path: 'actors[5].id',
    message: /^'-qatar' must be a slug/,
  },
  {
    name: 'an empty title',
    mutate: (d) => setAt(d, ['title'], ''),
    path: 'title',
    message: /must not be empty/,
  },
  {
    name: 'no actors',
    mutate: (d) => {
      setAt(d, ['actors'], []);
      setAt(d, ['relations'], []);
    },
    path: 'actors',
    message: /^needs at least 1 actor, got 0$/,
  },
  {
    name: 'a relation that is not an object',
    mutate: (d) => setAt(d, ['relations', 1], 7),
    path: 'relations[1]',
    message: /^expected an object, got number 7$/,
  },
  {
    name: 'a participant written as a bare id',
    mutate: (d) => setAt(d, ['relations', 1, 'participants', 1], 'us'),
    path: 'relations[1].participants[1]',
    message: /^expected a participant object such as \{ "actor": "us" \}, got string 'us'$/,
  },
  // Vocabularies
  {
    name: 'an unknown actor kind',
    mutate: (d) => setAt(d, ['actors', 2, 'kind'], 'persn'),
    path: 'actors[2].kind',
    message:
      /^unknown actor kind 'persn' — did you mean 'person'\? Expected one of person, state, organization, delegation, other$/,
  },
  {
    name: 'an unknown relation kind',
    mutate: (d) => setAt(d, ['relations', 0, 'kind'], 'meting'),
    path: 'relations[0].kind',
    message:
      /^unknown relation kind 'meting' — did you mean 'meeting'\? Expected one of meeting, negotiation/,
  },
  {
    name: 'a missing relation kind',
    mutate: (d) => deleteAt(d, ['relations', 1, 'kind']),
    path: 'relations[1].kind',
    message: /^missing required key 'kind'$/,
  },
  {
    name: 'a role not of the kind',
    mutate: (d) => setAt(d, ['relations', 1, 'participants', 0, 'role'], 'host'),
    path: 'relations[1].participants[0].role',
    message:
      /^role 'host' is not a role of a mediation relation — expected one of mediator, party$/,
  },
  {
    name: 'an unknown certainty',
    mutate: (d) => setAt(d, ['relations', 0, 'certainty'], 'sure'),
    path: 'relations[0].certainty',
    message: /^unknown certainty 'sure' — expected one of confirmed, reported, disputed$/,
  },
  // Unknown keys, at every level
  {
    name: 'an unknown root key',
    mutate: (d) => setAt(d, ['titel'], 'x'),
    path: 'titel',
    message: /^unknown key 'titel' — did you mean 'title'\?/,
  },
  {
    name: 'an unknown source key',
    mutate: (d) => setAt(d, ['sources', 0, 'link'], 'x'),
    path: 'sources[0].link',
    message: /^unknown key 'link'/,
  },
  {
    name: 'an unknown actor key',
    mutate: (d) => setAt(d, ['actors', 2, 'nmae'], 'x'),
    path: 'actors[2].nmae',
    message: /^unknown key 'nmae' — did you mean 'name'\? \(extension keys start with 'x-'\)$/,
  },
  {
    name: 'an unknown relation key',
    mutate: (d) => setAt(d, ['relations', 0, 'dates'], 'x'),
    path: 'relations[0].dates',
    message: /^unknown key 'dates' — did you mean 'date'\?/,
  },
  {
    name: 'an unknown participant key',
    mutate: (d) => setAt(d, ['relations', 0, 'participants', 1, 'rol'], 'host'),
    path: 'relations[0].participants[1].rol',
    message: /^unknown key 'rol' — did you mean 'role'\?/,
  },
  {
    name: 'an unknown quote key',
    mutate: (d) => setAt(d, ['relations', 0, 'quotes', 0, 'speakr'], 'witkoff'),
    path: 'relations[0].quotes[0].speakr',
    message: /^unknown key 'speakr' — did you mean 'speaker'\?/,
  },
  // Unique ids
  {
    name: 'two actors with one id',
    mutate: (d) => setAt(d, ['actors', 5, 'id'], 'hamas'),
    path: 'actors[5].id',
    message: /^duplicate id 'hamas' — already used by actors\[4\]$/,
  },
  {
    name: 'a relation with an actor id',
    mutate: (d) => setAt(d, ['relations', 1, 'id'], 'qatar'),
    path: 'relations[1].id',
    message: /^duplicate id 'qatar' — already used by actors\[5\]$/,
  },
  {
    name: 'two relations with one id',
    mutate: (d) => setAt(d, ['relations', 1, 'id'], 'sharm-meeting'),
    path: 'relations[1].id',
    message: /already used by relations\[0\]$/,
  },
  {
    name: 'two sources with one id',
    mutate: (d) => setAt(d, ['sources', 1, 'id'], 'wire'),
    path: 'sources[1].id',
    message: /^duplicate source id 'wire' — already used by sources\[0\]$/,
  },
  {
    name: 'a reserved id',
    mutate: (d) => setAt(d, ['actors', 5, 'id'], 'constructor'),
    path: 'actors[5].id',
    message: /^id 'constructor' is reserved/,
  },
  // References
  {
    name: 'an unknown participant',
    mutate: (d) => setAt(d, ['relations', 0, 'participants', 0, 'actor'], 'witkof'),
    path: 'relations[0].participants[0].actor',
    message: /^unknown actor 'witkof' — did you mean 'witkoff'\?$/,
  },
  {
    name: 'a participant far from any id',
    mutate: (d) => setAt(d, ['relations', 1, 'participants', 0, 'actor'], 'egypt'),
    path: 'relations[1].participants[0].actor',
    message: /^unknown actor 'egypt'$/,
  },
  {
    name: 'a participant that is a relation',
    mutate: (d) => setAt(d, ['relations', 1, 'participants', 0, 'actor'], 'sharm-meeting'),
    path: 'relations[1].participants[0].actor',
    message: /^'sharm-meeting' is a relation, not an actor$/,
  },
  {
    name: 'an unknown memberOf',
    mutate: (d) => setAt(d, ['actors', 1, 'memberOf'], 'usa'),
    path: 'actors[1].memberOf',
    message: /^unknown actor 'usa' — did you mean 'us'\?$/,
  },
  {
    name: 'an unknown speaker',
    mutate: (d) => setAt(d, ['relations', 0, 'quotes', 0, 'speaker'], 'kushnr'),
    path: 'relations[0].quotes[0].speaker',
    message: /^unknown actor 'kushnr' — did you mean 'kushner'\?$/,
  },
  {
    name: 'an unknown quote source',
    mutate: (d) => setAt(d, ['relations', 0, 'quotes', 0, 'source'], 'wir'),
    path: 'relations[0].quotes[0].source',
    message: /^unknown source 'wir' — did you mean 'wire'\?$/,
  },
  {
    name: 'an unknown relation source',
    mutate: (d) => setAt(d, ['relations', 0, 'sources', 1], 'papers'),
    path: 'relations[0].sources[1]',
    message: /^unknown source 'papers' — did you mean 'paper'\?$/,
  },
  {
    name: 'an unknown actor source',
    mutate: (d) => setAt(d, ['actors', 2, 'sources', 0], 'reuters'),
    path: 'actors[2].sources[0]',
    message: /^unknown source 'reuters'$/,
  },
  // memberOf cycles
  {
    name: 'a memberOf cycle',
    mutate: (d) => setAt(d, ['actors', 0, 'memberOf'], 'witkoff'),
    path: 'actors[0].memberOf',
    message: /^memberOf forms a cycle: 'us' → 'witkoff' → 'us-envoys' → 'us'$/,
  },
  {
    name: 'a member of itself',
    mutate: (d) => setAt(d, ['actors', 5, 'memberOf'], 'qatar'),
    path: 'actors[5].memberOf',
    message: /^'qatar' is a member of itself$/,
  },
  // Participants
  {
    name: 'one participant',
    mutate: (d) => setAt(d, ['relations', 1, 'participants'], [{ actor: 'qatar' }]),
    path: 'relations[1].participants',
    message: /^needs at least 2 participants, got 1$/,
  },
  {
    name: 'one actor twice',
    mutate: (d) =>
      setAt(
        d,
        ['relations', 1, 'participants'],
        [{ actor: 'qatar' }, { actor: 'qatar', role: 'party' }],
      ),
    path: 'relations[1].participants',
    message: /^needs at least 2 distinct actors, but every participant is 'qatar'$/,
  },
  {
    name: 'an actor listed twice among others',
    mutate: (d) => setAt(d, ['relations', 1, 'participants', 2, 'actor'], 'us'),
    path: 'relations[1].participants[2].actor',
    message: /^actor 'us' is already a participant \(participants\[1\]\)$/,
  },
  // Dates
  {
    name: 'a date in the wrong form',
    mutate: (d) => setAt(d, ['relations', 1, 'date'], '10/2025'),
    path: 'relations[1].date',
    message:
      /^'10\/2025' must be a date as YYYY, YYYY-MM or YYYY-MM-DD, optionally ending with one qualifier/,
  },
  {
    name: 'a date that does not exist',
    mutate: (d) => setAt(d, ['relations', 1, 'date'], '2025-02-29'),
    path: 'relations[1].date',
    message: /^'2025-02-29' is not a real calendar date$/,
  },
  {
    name: 'a month 13',
    mutate: (d) => setAt(d, ['asOf'], '2025-13'),
    path: 'asOf',
    message: /^'2025-13' is not a real calendar date$/,
  },
  {
    name: 'a bad source date',
    mutate: (d) => setAt(d, ['sources', 1, 'date'], '2025-09-31'),
    path: 'sources[1].date',
    message: /'2025-09-31' is not a real calendar date/,
  },
  {
    name: 'an end before the start',
    mutate: (d) => setAt(d, ['relations', 0, 'endDate'], '2025-09'),
    path: 'relations[0].endDate',
    message: /^endDate '2025-09' is before date '2025-10'$/,
  },
  // URLs
  {
    name: 'an ftp URL',
    mutate: (d) => setAt(d, ['sources', 0, 'url'], 'ftp://example.org/a'),
    path: 'sources[0].url',
    message: /^'ftp:\/\/example.org\/a' must be an absolute http: or https: URL$/,
  },
  {
    name: 'a javascript: URL',
    mutate: (d) => setAt(d, ['sources', 0, 'url'], 'javascript:alert(1)'),
    path: 'sources[0].url',
    message: /^'javascript:alert\(1\)' must be/,
  },
  {
    name: 'a relative URL',
    mutate: (d) => setAt(d, ['sources', 0, 'url'], '/story'),
    path: 'sources[0].url',
    message: /^'\/story' must be/,
  },
  // Additions of 2026-11-30: qualifiers, participant certainty and sources, label, positions
  {
    name: 'an unknown date qualifier',
    mutate: (d) => setAt(d, ['relations', 1, 'date'], '2025-10!'),
    path: 'relations[1].date',
    message:
      /^'2025-10!' has an unknown date qualifier '!' — a date may end with ~ \(approximate\), \? \(uncertain\) or % \(both\)$/,
  },
  {
    name: 'two date qualifiers',
    mutate: (d) => setAt(d, ['relations', 1, 'endDate'], '2025-10~?'),
    path: 'relations[1].endDate',
    message: /^'2025-10~\?' has 2 date qualifiers '~\?': a date may end with one qualifier only/,
  },
  {
    name: 'a qualified date that does not exist',
    mutate: (d) => setAt(d, ['asOf'], '2025-02-30~'),
    path: 'asOf',
    message: /^'2025-02-30~' is not a real calendar date$/,
  },
  {
    name: 'a qualified endDate before its date',
    mutate: (d) => {
      setAt(d, ['relations', 1, 'date'], '2025-10-09');
      setAt(d, ['relations', 1, 'endDate'], '2025-09%');
    },
    path: 'relations[1].endDate',
    message: /^endDate '2025-09%' is before date '2025-10-09'$/,
  },
  {
    name: 'an unknown participant certainty',
    mutate: (d) => setAt(d, ['relations', 0, 'participants', 1, 'certainty'], 'confimed'),
    path: 'relations[0].participants[1].certainty',
    message: /^unknown certainty 'confimed' — did you mean 'confirmed'\?/,
  },
  {
    name: 'an unknown participant source',
    mutate: (d) => setAt(d, ['relations', 0, 'participants', 1, 'sources'], ['wire', 'papper']),
    path: 'relations[0].participants[1].sources[1]',
    message: /^unknown source 'papper' — did you mean 'paper'\?$/,
  },
  {
    name: 'an empty label',
    mutate: (d) => setAt(d, ['relations', 0, 'label'], ''),
    path: 'relations[0].label',
    message: /must not be empty/,
  },
  {
    name: 'a position of an unknown actor',
    mutate: (d) => setAt(d, ['positions'], { actors: { witkof: { x: 1, y: 2 } } }),
    path: 'positions.actors.witkof',
    message: /^unknown actor 'witkof' — did you mean 'witkoff'\?$/,
  },
  {
    name: 'a relation placed in the actor view',
    mutate: (d) => setAt(d, ['positions'], { actors: { 'sharm-meeting': { x: 1, y: 2 } } }),
    path: 'positions.actors["sharm-meeting"]',
    message: /^'sharm-meeting' is a relation, not an actor/,
  },
  {
    name: 'a position that is not a number',
    mutate: (d) => setAt(d, ['positions'], { events: { 'sharm-meeting': { x: 1, y: '2' } } }),
    path: 'positions.events["sharm-meeting"].y',
    message: /^expected a number, got string '2'$/,
  },
  {
    name: 'an unknown key in a position',
    mutate: (d) => setAt(d, ['positions'], { events: { hamas: { x: 1, y: 2, z: 0 } } }),
    path: 'positions.events.hamas.z',
    message: /^unknown key 'z'/,
  },
  {
    name: 'an unknown view of positions',
    mutate: (d) => setAt(d, ['positions'], { actor: {} }),
    path: 'positions.actor',
    message: /^unknown key 'actor' — did you mean 'actors'\?/,
  },
  {
    name: 'a role of another kind',
    mutate: (d) => setAt(d, ['relations', 0, 'participants', 1, 'role'], 'conveyor'),
    path: 'relations[0].participants[1].role',
    message: /^role 'conveyor' is not a role of a meeting relation/,
  },
  // Forbidden keys
  {
    name: 'constructor in a participant',
    mutate: (d) => setAt(d, ['relations', 0, 'participants', 0, 'constructor'], 1),
    path: 'relations[0].participants[0].constructor',
    message: /^forbidden key 'constructor'/,
  },
  {
    name: 'prototype deep in an extension',
    mutate: (d) => setAt(d, ['relations', 0, 'x-note', 'free'], [{ a: { prototype: {} } }]),
    path: 'relations[0]["x-note"].free[0].a.prototype',
    message: /^forbidden key 'prototype'/,
  },
];

describe('each rule fails with its path and a message naming the bad value', () => {
  it.each(failing)('$name → $path', ({ mutate, path, message }) => {
    const problems = problemsOf(parseMutated(mutate));
    const at = problems.filter((p) => p.path === path);
    expect(at, JSON.stringify(problems, null, 1)).toHaveLength(1);
    expect(at[0]?.message).toMatch(message);
  });
});

describe('__proto__ is refused wherever it is', () => {
  const insert = (text: string, after: string, key: string): string => {
    const i = text.indexOf(after);
    expect(i).toBeGreaterThanOrEqual(0);
    return `${text.slice(0, i + after.length)}"${key}":{"polluted":true},${text.slice(i + after.length)}`;
  };
  const text = JSON.stringify(sampleDataset());
  it.each([
    ['{', '__proto__'],
    ['"actors":[{', 'actors[0].__proto__'],
    ['"participants":[{', 'relations[0].participants[0].__proto__'],
    ['"quotes":[{', 'relations[0].quotes[0].__proto__'],
    ['"x-note":{', 'relations[0]["x-note"].__proto__'],
  ])('after %s', (after, path) => {
    const problems = problemsOf(parseDataset(insert(text, after, '__proto__')));
    expect(problems).toContainEqual({
      path,
      message: expect.stringMatching(/^forbidden key '__proto__'/) as unknown as string,
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the passing side of each rule', () => {
  it('returns what zod returns: the schema has no transforms or defaults', () => {
    // parseDataset checks record by record and returns the accepted value itself (see checkShape);
    // this fails if schema.ts gains a default or a transform that zod's output would apply.
    const minimal = {
      schemaVersion: 1,
      id: 'm',
      title: 'M',
      sources: [{ id: 's', title: 'S' }],
      actors: [
        { id: 'a', name: 'A', kind: 'person' },
        { id: 'b', name: 'B', kind: 'state' },
      ],
      relations: [{ id: 'r', kind: 'meeting', participants: [{ actor: 'a' }, { actor: 'b' }] }],
    };
    for (const d of [sampleDataset(), minimal]) {
      const r = parseDataset(JSON.stringify(d));
      expect(r.ok && r.dataset).toEqual(datasetSchema.parse(d));
    }
  });

  it('the sample dataset is valid and comes back unchanged', () => {
    const d = sampleDataset();
    const r = parseDataset(JSON.stringify(d));
    expect(r).toEqual({ ok: true, dataset: d });
  });

  const passing: [string, (d: Json) => void][] = [
    [
      'x- keys at every level',
      (d) => {
        setAt(d, ['x-root'], 1);
        setAt(d, ['sources', 0, 'x-s'], 1);
        setAt(d, ['actors', 0, 'x-a'], { deep: [1] });
        setAt(d, ['relations', 0, 'participants', 0, 'x-p'], null);
        setAt(d, ['relations', 0, 'quotes', 0, 'x-q'], 'q');
      },
    ],
    [
      'every actor kind',
      (d) =>
        (d.actors as Json[]).push(
          ...['person', 'state', 'organization', 'delegation', 'other'].map((kind, i) => ({
            id: `a${i}`,
            name: `A${i}`,
            kind,
          })),
        ),
    ],
    [
      'no sources and no relations',
      (d) => {
        setAt(d, ['sources'], []);
        setAt(d, ['relations'], []);
        for (const a of d.actors as Json[]) delete a.sources;
      },
    ],
    [
      'every role of every kind',
      (d) =>
        setAt(
          d,
          ['relations'],
          [
            ['meeting', 'participant', 'host', 'mediator'],
            ['negotiation', 'party', 'mediator'],
            ['mediation', 'mediator', 'party'],
            ['guarantee', 'guarantor', 'beneficiary', 'subject', 'conveyor'],
            ['authorization', 'grantor', 'grantee'],
            ['proposal', 'proposer', 'recipient', 'mediator'],
            ['statement', 'speaker', 'addressee', 'subject'],
            ['attack', 'attacker', 'target'],
            ['agreement', 'party', 'mediator', 'guarantor'],
            ['tie', 'source', 'target', 'member'],
          ].map(([kind, ...roles], i) => ({
            id: `r${i}`,
            kind,
            participants: roles.map((role, j) => ({
              actor: ['us', 'hamas', 'qatar', 'witkoff'][j],
              role,
            })),
          })),
        ),
    ],
    [
      'a source id equal to an actor id (separate namespaces)',
      (d) => {
        setAt(d, ['sources', 1, 'id'], 'qatar');
        setAt(d, ['relations', 0, 'sources', 1], 'qatar');
      },
    ],
    ['a memberOf chain without a cycle', (d) => setAt(d, ['actors', 0, 'memberOf'], 'qatar')],
    [
      'a day-precise start ended by its month',
      (d) => {
        setAt(d, ['relations', 0, 'date'], '2025-10-09');
        setAt(d, ['relations', 0, 'endDate'], '2025-10');
      },
    ],
    ['an end equal to the start', (d) => setAt(d, ['relations', 0, 'endDate'], '2025-10')],
    ['a leap day', (d) => setAt(d, ['relations', 1, 'date'], '2024-02-29')],
    ['a year alone', (d) => setAt(d, ['asOf'], '2025')],
    ['an http URL', (d) => setAt(d, ['sources', 0, 'url'], 'http://example.org/a?b=c#d')],
    [
      'exactly two distinct participants',
      (d) => setAt(d, ['relations', 1, 'participants'], [{ actor: 'qatar' }, { actor: 'hamas' }]),
    ],
    [
      'a relation id that is a word like an actor id elsewhere',
      (d) => setAt(d, ['relations', 1, 'id'], 'qatar-2'),
    ],
    [
      'every date qualifier, on every precision',
      (d) => {
        setAt(d, ['asOf'], '2025%');
        setAt(d, ['relations', 0, 'date'], '2025-10~');
        setAt(d, ['relations', 0, 'endDate'], '2025-10-09?');
        setAt(d, ['sources', 1, 'date'], '2025-10-09%');
      },
    ],
    [
      'an endDate alone ("by then")',
      (d) => {
        deleteAt(d, ['relations', 0, 'date']);
        setAt(d, ['relations', 0, 'endDate'], '2025-10');
      },
    ],
    [
      'a label, and a participant with its own certainty and sources',
      (d) => {
        setAt(d, ['relations', 0, 'label'], 'Sharm el-Sheikh meeting');
        setAt(d, ['relations', 0, 'participants', 2, 'certainty'], 'disputed');
        setAt(d, ['relations', 0, 'participants', 2, 'sources'], ['paper']);
      },
    ],
    [
      'positions of actors and events, with x- keys',
      (d) =>
        setAt(d, ['positions'], {
          actors: { witkoff: { x: -1.5, y: 2e6 }, us: { x: 0, y: 0, 'x-pinned': true } },
          events: { 'sharm-meeting': { x: 3, y: 4 }, hamas: { x: 5, y: 6 } },
          'x-view': 'bipartite',
        }),
    ],
  ];
  it.each(passing)('%s', (_name, mutate) => {
    const r = parseMutated(mutate);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });
});

describe('messages', () => {
  it('name a long bad value shortened, on one line', () => {
    const bad = `line one\nline two ${'x'.repeat(200)}`;
    const problems = problemsOf(parseMutated((d) => setAt(d, ['relations', 0, 'kind'], bad)));
    const m = problems.find((p) => p.path === 'relations[0].kind')?.message ?? '';
    expect(m).toContain("unknown relation kind 'line one\\nline two xxx");
    expect(m).toContain('…');
    expect(m).not.toContain('\n');
    expect(m.length).toBeLessThan(250);
  });

  it('quote an unknown key that is not an identifier in the path', () => {
    const problems = problemsOf(parseMutated((d) => setAt(d, ['actors', 0, 'full name'], 'x')));
    expect(problems).toEqual([
      {
        path: 'actors[0]["full name"]',
        message: expect.stringMatching(/^unknown key 'full name'/) as unknown as string,
      },
    ]);
  });

  it('shorten a very long unknown key in the path too', () => {
    const key = 'k'.repeat(10_000);
    const problems = problemsOf(parseMutated((d) => setAt(d, ['actors', 0, key], 1)));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(`actors[0]["${'k'.repeat(60)}…"]`);
    expect(problems[0]?.message.length).toBeLessThan(300);
  });

  it('shorten a long memberOf cycle', () => {
    const actors = Array.from({ length: 30 }, (_, i) => ({
      id: `a${i}`,
      name: `A${i}`,
      kind: 'person',
      memberOf: `a${(i + 1) % 30}`,
    }));
    const problems = problemsOf(
      parseMutated((d) => setAt(d, ['actors'], [...(d.actors as Json[]), ...actors])),
    );
    expect(problems).toEqual([
      {
        path: 'actors[6].memberOf',
        message:
          "memberOf forms a cycle: 'a0' → 'a1' → 'a2' → 'a3' → 'a4' → 'a5' → 'a6' → 'a7' → 'a8' → 'a9' → … 20 more … → 'a0'",
      },
    ]);
  });

  it('report a cycle once, however many actors hang from it', () => {
    const problems = problemsOf(
      parseMutated((d) => {
        setAt(d, ['actors', 0, 'memberOf'], 'us-envoys');
        setAt(d, ['actors', 5, 'memberOf'], 'witkoff');
      }),
    );
    expect(problems).toEqual([
      { path: 'actors[0].memberOf', message: "memberOf forms a cycle: 'us' → 'us-envoys' → 'us'" },
    ]);
  });
});
