import { describe, expect, it } from 'vitest';
import {
  buildCaptionContent,
  layoutCaption,
  shapeOutline,
  wrapText,
  type LegendSwatch,
} from '../../../src/cy/export/caption.ts';
import { captionSvg, LIGHT_CAPTION } from '../../../src/cy/export/caption-draw.ts';
import { describeFilters } from '../../../src/cy/export/filters-text.ts';
import { EVENT_VIEW_NOTE, HUB_NOTE, MEDIATOR_NOTE } from '../../../src/cy/export/caption-notes.ts';
import { legendOf } from '../../../src/cy/export/legend.ts';
import { ACTOR_KIND_STYLE, relationColour } from '../../../src/cy/palette.ts';
import { NO_FILTERS } from '../../../src/graph/filters.ts';
import type { Dataset } from '../../../src/model/schema.ts';

// A fixed-width "font": every character is 0.5 em wide (bold 0.6 em).
const measure = (text: string, size: number, bold: boolean): number =>
  text.length * size * (bold ? 0.6 : 0.5);

const ds: Dataset = {
  schemaVersion: 1,
  id: 'mini',
  title: 'Talks <in> Sharm',
  asOf: '2025-10-13',
  sources: [
    { id: 's1', title: 'Article one', publisher: 'Paper A' },
    { id: 's2', title: 'Article two' },
    { id: 's3', title: 'Uncited' },
  ],
  actors: [
    { id: 'a', name: 'A', kind: 'person', sources: ['s1'] },
    { id: 'b', name: 'B', kind: 'state' },
    { id: 'c', name: 'C', kind: 'state' },
  ],
  relations: [
    {
      id: 'r1',
      kind: 'meeting',
      participants: [{ actor: 'a' }, { actor: 'b' }],
      quotes: [{ text: 'Hello', source: 's2' }],
    },
    { id: 'r2', kind: 'attack', participants: [{ actor: 'b' }, { actor: 'c' }], sources: ['s3'] },
  ],
};

const legend: LegendSwatch[] = [
  { type: 'node', label: 'Person', color: '#0072b2', shape: 'ellipse' },
  { type: 'node', label: 'State', color: '#e69f00', shape: 'round-rectangle' },
  { type: 'edge', label: 'Meeting', color: '#009e73', lineStyle: 'solid', arrow: false },
];

describe('buildCaptionContent', () => {
  it('takes title, as-of date, legend and filters, and lists all sources by default', () => {
    const c = buildCaptionContent(ds, { legend, filters: ['x'] });
    expect(c.title).toBe('Talks <in> Sharm');
    expect(c.asOf).toBe('2025-10-13');
    expect(c.legend).toBe(legend);
    expect(c.filters).toEqual(['x']);
    expect(c.sources).toEqual(['Article one (Paper A)', 'Article two', 'Uncited']);
  });

  it('lists only the sources cited by what is shown (actors, relations, quotes)', () => {
    const c = buildCaptionContent(ds, {
      legend,
      shownActorIds: new Set(['a', 'b']),
      shownRelationIds: new Set(['r1']),
    });
    expect(c.sources).toEqual(['Article one (Paper A)', 'Article two']);
  });

  it('has no as-of date when the dataset states none', () => {
    const { asOf: _asOf, ...rest } = ds;
    expect(buildCaptionContent(rest, { legend }).asOf).toBeUndefined();
  });

  // Issue 11: the caption cites only what is behind the drawn picture, also by default.
  const { asOf: _none, ...noAsOf } = ds;
  const undated: Dataset = {
    ...noAsOf,
    sources: [
      { id: 'rel', title: 'Relation source' },
      { id: 'part', title: 'Participant source' },
      { id: 'hidden', title: 'Hidden relation source' },
      { id: 'hiddenpart', title: 'Hidden participant source' },
      { id: 'never', title: 'Cited by nothing' },
    ],
    actors: [
      { id: 'a', name: 'A', kind: 'person' },
      { id: 'b', name: 'B', kind: 'state' },
      { id: 'c', name: 'C', kind: 'state' },
      { id: 'd', name: 'D', kind: 'state' },
    ],
    relations: [
      {
        id: 'r1',
        kind: 'meeting',
        date: '2025-10-09',
        sources: ['rel'],
        participants: [
          { actor: 'a', sources: ['part'] },
          { actor: 'b' },
          { actor: 'd', role: 'mediator', sources: ['hiddenpart'] },
        ],
      },
      {
        id: 'r2',
        kind: 'attack',
        date: '2025-10-12',
        sources: ['hidden'],
        participants: [{ actor: 'b' }, { actor: 'c' }],
      },
    ],
  };

  it('by default lists the sources cited by the dataset, never an uncited one', () => {
    const c = buildCaptionContent(undated, { legend });
    expect(c.sources).toEqual([
      'Relation source',
      'Participant source',
      'Hidden relation source',
      'Hidden participant source',
    ]);
  });

  it('leaves out the sources of hidden relations and of hidden participants’ parts', () => {
    const c = buildCaptionContent(undated, {
      legend,
      shownActorIds: new Set(['a', 'b', 'c']),
      shownRelationIds: new Set(['r1']),
    });
    expect(c.sources).toEqual(['Relation source', 'Participant source']);
    // Without an as-of date: the latest date of a drawn relation (r2 is hidden).
    expect(c.latest).toBe('2025-10-09');
  });

  it('says what the shapes are (event squares; actor hubs and mediator rings) and adds the credit', () => {
    const events = buildCaptionContent(undated, { legend, view: 'events', credit: ' Graphic: X ' });
    expect(events.notes?.[0]).toBe(EVENT_VIEW_NOTE);
    expect(events.credit).toBe('Graphic: X');
    const actors = buildCaptionContent(undated, { legend, view: 'actors' });
    expect(actors.notes).toEqual([HUB_NOTE, MEDIATOR_NOTE]);
    // Without the mediator D, r1 is no longer a drawn mediation; it still has 3 participants.
    const noD = buildCaptionContent(undated, {
      legend,
      view: 'actors',
      shownActorIds: new Set(['a', 'b', 'c']),
    });
    expect(noD.notes).toEqual([HUB_NOTE]);
    expect(buildCaptionContent(undated, { legend, credit: '   ' }).credit).toBeUndefined();
    const layout = layoutCaption(events, 560, measure);
    const all = layout.items.map((i) => (i.kind === 'text' ? i.text : '')).join('\n');
    expect(all).toContain('Squares are relations');
    expect(all).toContain('Graphic: X');
    expect(all).toContain('Latest relation shown: 2025-10-12');
  });
});

describe('wrapText', () => {
  const m = (s: string): number => s.length;
  it('breaks at spaces within the width', () => {
    expect(wrapText('aaa bbb ccc dd', 7, m)).toEqual(['aaa bbb', 'ccc dd']);
  });
  it('cuts a word longer than the line', () => {
    expect(wrapText('abcdefghij k', 4, m)).toEqual(['abcd', 'efgh', 'ij k']);
  });
  it('every line fits', () => {
    const text = 'The quick brown fox jumps over the lazy dog '.repeat(20);
    for (const line of wrapText(text, 37, m)) expect(line.length).toBeLessThanOrEqual(37);
  });
});

describe('layoutCaption', () => {
  const content = buildCaptionContent(ds, { legend, filters: describeFilters(NO_FILTERS) });

  it('puts every piece of text in the layout, within the width', () => {
    const layout = layoutCaption(content, 560, measure);
    const texts = layout.items.flatMap((i) => (i.kind === 'text' ? [i] : []));
    const all = texts.map((t) => t.text).join('\n');
    expect(all).toContain('Talks <in> Sharm');
    expect(all).toContain('As of 2025-10-13');
    expect(all).toContain('Person');
    expect(all).toContain('Filters: none');
    expect(all).toContain('Sources: Article one (Paper A)');
    for (const t of texts) expect(t.x + measure(t.text, t.size, t.bold)).toBeLessThanOrEqual(560);
    expect(layout.items.filter((i) => i.kind === 'swatch')).toHaveLength(3);
  });

  it('grows taller when the width shrinks (long text wraps)', () => {
    const many = { ...content, sources: Array.from({ length: 30 }, (_, i) => `Source ${i}`) };
    const wide = layoutCaption(many, 1200, measure);
    const narrow = layoutCaption(many, 400, measure);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('writes SVG with the text escaped, never as markup', () => {
    const svg = captionSvg(
      layoutCaption(content, 560, measure),
      { x: 0, y: 10, scale: 2 },
      LIGHT_CAPTION,
    );
    expect(svg).toContain('Talks &lt;in&gt; Sharm');
    expect(svg).not.toContain('<in>');
    expect(svg).toContain('fill="#0072b2"');
    expect(svg).toContain('scale(2)');
  });

  it('drops the characters XML 1.0 forbids, so that the SVG parses', () => {
    const odd = { ...content, title: 'Talks\u0001 in\u0008 Sharm\uD800' };
    const svg = captionSvg(
      layoutCaption(odd, 560, measure),
      { x: 0, y: 0, scale: 1 },
      LIGHT_CAPTION,
    );
    expect(svg).toContain('>Talks in Sharm<');
    // eslint-disable-next-line no-control-regex
    expect(svg).not.toMatch(/[\u0000-\u0008\uD800-\uDFFF]/);
  });
});

describe('describeFilters', () => {
  it('is empty when nothing is filtered', () => {
    expect(describeFilters(NO_FILTERS)).toEqual([]);
  });
  it('names hidden kinds, certainties and dates', () => {
    const text = describeFilters({
      ...NO_FILTERS,
      hiddenRelationKinds: ['attack'],
      hiddenCertainties: ['disputed'],
      from: '2025-10-01',
      to: '2025-10-13',
      showUndated: false,
    });
    expect(text).toEqual([
      'relations hidden: Attack',
      'certainty hidden: Disputed',
      'dates 2025-10-01 to 2025-10-13',
      'undated relations hidden',
    ]);
  });
});

describe('shapeOutline', () => {
  it('gives polygons inside the radius and an ellipse marker', () => {
    expect(shapeOutline('ellipse', 0, 0, 5)).toBe('ellipse');
    const diamond = shapeOutline('diamond', 10, 10, 5);
    expect(diamond).toHaveLength(4);
    if (diamond === 'ellipse') return;
    for (const [x, y] of diamond) expect(Math.hypot(x - 10, y - 10)).toBeLessThanOrEqual(5.0001);
  });
});

describe('legendOf', () => {
  it('lists exactly the kinds and certainties present, with the explorer colours and shapes', () => {
    const l = legendOf(ds, 'light');
    expect(l.map((s) => s.label)).toEqual(['Person', 'State', 'Meeting', 'Attack', 'Reported']);
    const person = l[0];
    expect(person?.type === 'node' && person.shape).toBe(ACTOR_KIND_STYLE.person.shape);
    expect(person?.color).toBe(ACTOR_KIND_STYLE.person.color);
    expect(l[3]?.color).toBe(relationColour('attack', 'light'));
    expect(l[4]?.type === 'edge' && l[4].lineStyle).toBe('dashed');
  });

  it('follows what is shown and the theme', () => {
    const l = legendOf(ds, 'dark', { actors: new Set(['a', 'b']), relations: new Set(['r1']) });
    expect(l.map((s) => s.label)).toEqual(['Person', 'State', 'Meeting', 'Reported']);
    expect(l[2]?.color).toBe(relationColour('meeting', 'dark'));
  });
});

describe('legend rows', () => {
  it('starts a new row for each group of entries', () => {
    const grouped: LegendSwatch[] = [
      { type: 'node', label: 'Person', color: '#000', shape: 'ellipse', group: 'actors' },
      {
        type: 'edge',
        label: 'Meeting',
        color: '#000',
        lineStyle: 'solid',
        arrow: false,
        group: 'relations',
      },
      {
        type: 'edge',
        label: 'Attack',
        color: '#000',
        lineStyle: 'solid',
        arrow: true,
        group: 'relations',
      },
    ];
    const layout = layoutCaption(
      { title: 'T', legend: grouped, filters: [], sources: [] },
      2000,
      measure,
    );
    const ys = layout.items.flatMap((i) => (i.kind === 'swatch' ? [i.y] : []));
    expect(ys[0]).toBeLessThan(ys[1] ?? 0);
    expect(ys[1]).toBe(ys[2]);
  });
});
