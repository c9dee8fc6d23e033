/**
 * A seeded generator of synthetic datasets in the format, valid by construction, for the benchmark and
 * for tests: N actors in blocs (states containing delegations and organizations containing persons, by
 * `memberOf`), about three relation participations per actor mixing n-ary meetings (3–6 participants)
 * and directed kinds, dates over two years (some undated, some to the month only), and hubs grown by
 * preferential attachment. Pure: no I/O, no React, no cytoscape. Same options → same dataset.
 *
 * Everything in it is invented and says so (dataset title and description); it has no sources, URLs or
 * quotes, so that nothing in it can pass for a fact.
 */
import type { Actor, Dataset, Participant, Relation } from '../model/schema.ts';
import type { RelationKind } from '../model/vocabulary.ts';
import { mulberry32, type Random } from './random.ts';

export interface GenerateOptions {
  /** Number of actors, ≥ 1. */
  actors: number;
  /** Seed of the PRNG (an unsigned 32-bit integer); default 1. */
  seed?: number;
  /**
   * Number of relations to build (a few with fewer than two participants are skipped); default
   * 1.1 per actor. The scale tests of issues 14 and 16 use 20,000 actors and 100,000 relations.
   */
  relations?: number;
}

/** The sizes the benchmark runs. */
export const BENCH_SIZES = [100, 1_000, 5_000, 20_000] as const;

/** Relations per actor; with ≈ 2.9 participants per relation, ≈ 3.2 participations per actor. */
const RELATIONS_PER_ACTOR = 1.1;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const DAYS = 731; // 2024-01-01 … 2025-12-31

/** Relative frequency of each generated kind (tie is for imports; it is not generated). */
const KIND_WEIGHTS: [Exclude<RelationKind, 'tie'>, number][] = [
  ['meeting', 25],
  ['statement', 17],
  ['mediation', 12],
  ['proposal', 12],
  ['negotiation', 9],
  ['authorization', 9],
  ['guarantee', 9],
  ['attack', 7],
];

const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'ta',
  'ven',
  'sa',
  'lor',
  'de',
  'ha',
  'ni',
  'bel',
  'zu',
  'mar',
  'qa',
  'ri',
  'os',
  'tel',
  'an',
  'yu',
  'far',
  'le',
  'do',
  'si',
  'kan',
  'ba',
  'ir',
  'mo',
  'es',
  'gar',
  'nu',
  'pha',
  'vi',
];
const GROUP_SUFFIXES = ['Council', 'Front', 'Movement', 'Bureau', 'Authority', 'Union', 'League'];
const TITLES = [
  'Envoy',
  'Minister',
  'Negotiator',
  'Adviser',
  'Spokesperson',
  'Commander',
  'Deputy',
];
const PLACES = ['Varos', 'Kelmar', 'Tessin', 'Orumi', 'Dalbet', 'Savrin', 'Halqa', 'Neru'];

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function word(rng: Random, min: number, max: number): string {
  let w = '';
  for (let i = rng.int(min, max); i > 0; i--) w += rng.pick(SYLLABLES);
  return capitalize(w);
}

/** Another spelling of a name, as transliterations differ ("Khaya" / "Kaya"). */
function variantSpelling(name: string): string {
  const v = name.replace(/k/gi, (m) => (m === 'K' ? 'Kh' : 'kh')).replace(/u/g, 'ou');
  return v === name ? `${name}i` : v;
}

function isoDay(day: number): string {
  return new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Picks actors by preferential attachment: actors enter one by one (in a shuffled order), and an urn
 * holds each actor once when it enters and once more per participation, so that early, busy actors
 * become hubs (Barabási–Albert).
 */
class ActorPicker {
  private readonly urn: number[] = [];
  private readonly order: number[];
  private entered = 0;
  constructor(
    private readonly rng: Random,
    count: number,
    private readonly blocMembers: readonly (readonly number[])[],
    private readonly blocOf: readonly number[],
  ) {
    this.order = Array.from({ length: count }, (_, i) => i);
    for (let i = count - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [this.order[i], this.order[j]] = [this.order[j] as number, this.order[i] as number];
    }
    this.enter();
  }

  /** The next actor to enter, if any is left: it takes part in the relation being built. */
  enter(): number | undefined {
    const i = this.order[this.entered];
    if (i === undefined) return undefined;
    this.entered++;
    this.urn.push(i);
    return i;
  }

  /** A new actor not in `taken`, from `near`'s bloc with probability 0.4. */
  pick(taken: ReadonlySet<number>, near?: number): number | undefined {
    for (let attempt = 0; attempt < 30; attempt++) {
      let i: number;
      if (near !== undefined && this.rng.chance(0.4)) {
        i = this.rng.pick(this.blocMembers[this.blocOf[near] as number] as readonly number[]);
      } else {
        i = this.rng.pick(this.urn);
      }
      if (!taken.has(i)) {
        this.urn.push(i);
        return i;
      }
    }
    // Small datasets: fall back to the first free actor.
    for (let i = 0; i < this.blocOf.length; i++) if (!taken.has(i)) return i;
    return undefined;
  }
}

function buildActors(rng: Random, n: number): { actors: Actor[]; blocOf: number[] } {
  const states = n >= 10 ? Math.max(2, Math.round(n / 60)) : 0;
  const groups = n >= 10 ? Math.max(2, Math.round(n / 12)) : 0;
  const actors: Actor[] = [];
  const blocOf: number[] = [];
  const usedNames = new Set<string>();
  const unique = (name: string): string => {
    let out = name;
    for (let k = 2; usedNames.has(out); k++) out = `${name} ${k}`;
    usedNames.add(out);
    return out;
  };
  // A skewed choice of parent (low indices more likely): some blocs are big, most are small.
  const skewed = (count: number): number => Math.floor(count * rng.next() ** 1.6);

  for (let i = 0; i < states; i++) {
    actors.push({ id: `s${i + 1}`, name: unique(word(rng, 2, 3)), kind: 'state' });
    blocOf.push(i);
  }
  for (let i = 0; i < groups; i++) {
    const state = skewed(states);
    const isDelegation = rng.chance(0.4);
    const root = word(rng, 2, 3);
    const actor: Actor = {
      id: `g${i + 1}`,
      name: unique(isDelegation ? `${root} delegation` : `${root} ${rng.pick(GROUP_SUFFIXES)}`),
      kind: isDelegation ? 'delegation' : 'organization',
    };
    // A few groups stand alone, forming blocs of their own.
    if (rng.chance(0.92)) {
      actor.memberOf = `s${state + 1}`;
      blocOf.push(state);
    } else {
      blocOf.push(states + i);
    }
    actors.push(actor);
  }
  for (let i = actors.length; i < n; i++) {
    const actor: Actor = {
      id: `p${i - states - groups + 1}`,
      name: unique(`${word(rng, 1, 2)} ${word(rng, 2, 3)}`),
      kind: 'person',
    };
    if (groups > 0 && rng.chance(0.93)) {
      const g = skewed(groups);
      actor.memberOf = `g${g + 1}`;
      blocOf.push(blocOf[states + g] as number);
    } else {
      blocOf.push(states + groups + i);
    }
    if (rng.chance(0.15)) actor.aliases = [variantSpelling(actor.name)];
    if (rng.chance(0.3)) actor.title = rng.pick(TITLES);
    actors.push(actor);
  }
  return { actors, blocOf };
}

function pickKind(rng: Random): Exclude<RelationKind, 'tie'> {
  const total = KIND_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [kind, w] of KIND_WEIGHTS) {
    r -= w;
    if (r < 0) return kind;
  }
  return 'meeting';
}

/** The roles of a new relation's participants, in order (undefined: the kind's default role). */
function rolesFor(rng: Random, kind: Exclude<RelationKind, 'tie'>): (string | undefined)[] {
  switch (kind) {
    case 'meeting': {
      const size = rng.int(3, 6);
      const roles: (string | undefined)[] = Array.from({ length: size }, () => undefined);
      if (rng.chance(0.3)) roles[0] = 'host';
      if (rng.chance(0.15)) roles[size - 1] = 'mediator';
      return roles;
    }
    case 'mediation':
      return [undefined, 'party', 'party', ...(rng.chance(0.2) ? ['party'] : [])];
    case 'negotiation':
      return rng.chance(0.6) ? ['mediator', undefined, undefined] : [undefined, undefined];
    case 'statement':
      return [undefined, 'addressee', ...(rng.chance(0.2) ? ['addressee'] : [])];
    case 'authorization':
      return [undefined, 'grantee'];
    case 'guarantee':
      return [undefined, 'beneficiary', ...(rng.chance(0.3) ? ['subject'] : [])];
    case 'attack':
      return [undefined, 'target'];
    case 'proposal':
      return [undefined, 'recipient', ...(rng.chance(0.3) ? ['mediator'] : [])];
    case 'agreement': // not in KIND_WEIGHTS (so generated datasets stay as they were)
      return [undefined, undefined, ...(rng.chance(0.5) ? ['mediator'] : [])];
  }
}

function datesFor(rng: Random, kind: RelationKind): Pick<Relation, 'date' | 'endDate'> {
  const r = rng.next();
  if (r < 0.08) return {};
  const day = rng.int(0, DAYS - 1);
  if (r < 0.15) return { date: isoDay(day).slice(0, 7) };
  const date = isoDay(day);
  if (kind === 'meeting' && rng.chance(0.1)) {
    return { date, endDate: isoDay(Math.min(DAYS - 1, day + rng.int(1, 3))) };
  }
  return { date };
}

function certaintyFor(rng: Random): Pick<Relation, 'certainty'> {
  const r = rng.next();
  if (r < 0.45) return {};
  if (r < 0.8) return { certainty: 'confirmed' };
  if (r < 0.92) return { certainty: 'reported' };
  return { certainty: 'disputed' };
}

/** A synthetic dataset of `actors` actors; the same options always give the same dataset. */
export function generateDataset(options: GenerateOptions): Dataset {
  const n = options.actors;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`actors must be an integer ≥ 1, got ${n}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an unsigned 32-bit integer, got ${seed}`);
  }
  if (
    options.relations !== undefined &&
    !(Number.isInteger(options.relations) && options.relations >= 0)
  ) {
    throw new RangeError(`relations must be an integer ≥ 0, got ${options.relations}`);
  }
  const rng = mulberry32(seed);
  const { actors, blocOf } = buildActors(rng, n);

  const blocMembers: number[][] = [];
  blocOf.forEach((b, i) => (blocMembers[b] ??= []).push(i));
  const picker = new ActorPicker(rng, n, blocMembers, blocOf);

  const relations: Relation[] = [];
  const count = n >= 2 ? (options.relations ?? Math.round(n * RELATIONS_PER_ACTOR)) : 0;
  for (let r = 0; r < count; r++) {
    const kind = pickKind(rng);
    const roles = rolesFor(rng, kind);
    const taken = new Set<number>();
    const participants: Participant[] = [];
    const newcomer = picker.enter();
    for (const role of roles) {
      const i =
        participants.length === 0 && newcomer !== undefined
          ? newcomer
          : picker.pick(taken, participants.length > 0 ? [...taken][0] : undefined);
      if (i === undefined) break;
      taken.add(i);
      const p: { actor: string; role?: string } = { actor: (actors[i] as Actor).id };
      if (role !== undefined) p.role = role;
      participants.push(p as Participant);
    }
    if (participants.length < 2) continue;
    const relation = {
      id: `r${r + 1}`,
      kind,
      participants,
      ...datesFor(rng, kind),
      ...certaintyFor(rng),
      ...(kind === 'meeting' && rng.chance(0.5) ? { place: rng.pick(PLACES) } : {}),
    } as Relation;
    relations.push(relation);
  }

  return {
    schemaVersion: 1,
    id: `synthetic-${n}-${seed}`,
    title: `Synthetic network: ${n.toLocaleString('en-US')} actors (seed ${seed})`,
    description:
      'Generated for benchmarks and tests by src/gen (seeded). Every actor, name and event in it is ' +
      'invented; it has no sources.',
    asOf: '2025-12-31',
    sources: [],
    actors,
    relations,
  };
}
