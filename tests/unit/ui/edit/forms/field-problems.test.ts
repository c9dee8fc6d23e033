/** Validator problem paths mapped to the fields of an editor form. */
import { describe, expect, it } from 'vitest';
import {
  fieldDomId,
  fieldLabel,
  fieldOfPath,
  pathSegments,
  placeProblems,
  recordPrefix,
} from '../../../../../src/ui/edit/forms/field-problems.ts';

const ACTOR = new Set(['id', 'name', 'kind', 'aliases', 'memberOf', 'sources']);
const RELATION = new Set([
  'participants',
  'participants[1].actor',
  'participants[1].role',
  'participants[1].sources',
  'quotes',
  'quotes[0].text',
  'sources',
  'endDate',
]);

describe('fieldOfPath', () => {
  it('maps a path below the record to its field', () => {
    expect(fieldOfPath('actors[7].name', 'actors[7]', ACTOR)).toBe('name');
    expect(fieldOfPath('relations[3].participants[1].role', 'relations[3]', RELATION)).toBe(
      'participants[1].role',
    );
    expect(fieldOfPath('relations[3].quotes[0].text', 'relations[3]', RELATION)).toBe(
      'quotes[0].text',
    );
    expect(fieldOfPath('relations[3].endDate', 'relations[3]', RELATION)).toBe('endDate');
  });

  it('maps an item of a list field to the list', () => {
    expect(fieldOfPath('actors[7].aliases[2]', 'actors[7]', ACTOR)).toBe('aliases');
    expect(fieldOfPath('actors[7].sources[0]', 'actors[7]', ACTOR)).toBe('sources');
    expect(fieldOfPath('relations[3].participants[1].sources[4]', 'relations[3]', RELATION)).toBe(
      'participants[1].sources',
    );
    // A participant with no field of its own lands on the participants list.
    expect(fieldOfPath('relations[3].participants[0].actor', 'relations[3]', RELATION)).toBe(
      'participants',
    );
  });

  it('maps nothing outside the record, nor the record itself', () => {
    expect(fieldOfPath('actors[17].name', 'actors[7]', ACTOR)).toBeUndefined();
    expect(fieldOfPath('actors[7]', 'actors[7]', ACTOR)).toBeUndefined();
    expect(fieldOfPath('relations[7].name', 'actors[7]', ACTOR)).toBeUndefined();
    expect(fieldOfPath('(root)', 'actors[7]', ACTOR)).toBeUndefined();
    expect(fieldOfPath('actors[7]["x-note"]', 'actors[7]', ACTOR)).toBeUndefined();
  });

  it('maps the dataset fields with an empty prefix, and nothing of its lists', () => {
    const meta = new Set(['title', 'asOf', 'description']);
    expect(fieldOfPath('asOf', '', meta)).toBe('asOf');
    expect(fieldOfPath('actors[0].name', '', meta)).toBeUndefined();
    expect(fieldOfPath('(root)', '', meta)).toBeUndefined();
  });
});

describe('placeProblems', () => {
  it('places each problem at its field, or among the unplaced, in order', () => {
    const problems = [
      { path: 'actors[2].memberOf', message: "memberOf forms a cycle: 'a' → 'b' → 'a'" },
      { path: 'actors[7].name', message: 'must not be empty' },
      { path: '(root)', message: 'could not be applied' },
      { path: 'actors[7].aliases[1]', message: 'expected a string' },
    ];
    const placed = placeProblems(problems, {
      prefix: 'actors[7]',
      fields: ACTOR,
      redirect: (p) =>
        p.path.endsWith('.memberOf') && p.message.includes("'b'") ? 'memberOf' : undefined,
    });
    expect([...placed.byField.keys()]).toEqual(['memberOf', 'name', 'aliases']);
    expect(placed.unplaced.map((p) => p.message)).toEqual(['could not be applied']);
    expect(placed.all.map((a) => a.field)).toEqual(['memberOf', 'name', undefined, 'aliases']);
  });
});

describe('helpers', () => {
  it('reads path segments, quoted keys included', () => {
    expect(pathSegments('relations[3].quotes[0].text')).toEqual([
      'relations',
      3,
      'quotes',
      0,
      'text',
    ]);
    expect(pathSegments('actors[0]["x-my key"]')).toEqual(['actors', 0, 'x-my key']);
  });

  it('names fields for the problems list', () => {
    expect(fieldLabel('name')).toBe('Name');
    expect(fieldLabel('participants[1].role')).toBe('Participant 2: role');
    expect(fieldLabel('quotes[0].text')).toBe('Quote 1: text');
    expect(fieldLabel('endDate')).toBe('End date');
  });

  it('makes DOM ids of field keys', () => {
    expect(fieldDomId(':r1:', 'participants[1].role')).toBe('_r1_-participants_1__role');
  });

  it('finds a record where it is, or where an added one goes', () => {
    const list = [{ id: 'a' }, { id: 'b' }];
    expect(recordPrefix(list, 'actors', 'b')).toBe('actors[1]');
    expect(recordPrefix(list, 'actors', undefined)).toBe('actors[2]');
  });
});
