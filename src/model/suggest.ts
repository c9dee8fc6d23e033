/**
 * "Did you mean …?": the nearest existing name to a misspelt one, by edit distance, offered only
 * when it is reasonably close. Bounded work: a length filter, a banded distance with early exit, and a
 * total budget per suggester, so that a file with thousands of broken references still validates in
 * linear time (later misses simply get no suggestion).
 */

/** The largest distance at which a name is suggested for a target of this length. */
export function suggestionThreshold(length: number): number {
  return Math.min(3, Math.max(1, Math.floor(length / 3)));
}

/**
 * Edit distance between `a` and `b` (Levenshtein with adjacent transpositions counted as one edit,
 * "nmae" → "name"), or `max + 1` as soon as it is known to exceed `max`. Only a band of width
 * 2·max+1 is computed. `cost` (optional) is told how many cells were computed.
 */
export function boundedEditDistance(
  a: string,
  b: string,
  max: number,
  cost?: { cells: number },
): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const big = max + 1;
  let before = new Array<number>(b.length + 1).fill(big);
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    curr.fill(big);
    curr[0] = i <= max ? i : big;
    let rowMin = curr[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(
        (prev[j - 1] ?? big) + (ca === cb ? 0 : 1),
        (prev[j] ?? big) + 1,
        (curr[j - 1] ?? big) + 1,
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        d = Math.min(d, (before[j - 2] ?? big) + 1);
      d = Math.min(d, big);
      curr[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (cost) cost.cells += hi - lo + 1;
    if (rowMin > max) return big;
    [before, prev, curr] = [prev, curr, before];
  }
  return Math.min(prev[b.length] ?? big, big);
}

export interface SuggesterOptions {
  /** Total distance cells this suggester may compute over all its calls (default 5 million). */
  budget?: number;
}

/**
 * A function that returns the candidate nearest to a target (case-insensitively), or undefined when
 * none is close enough. Answers are memoised per target.
 */
export function createSuggester(
  candidates: Iterable<string>,
  options: SuggesterOptions = {},
): (target: string) => string | undefined {
  const byLength = new Map<number, string[]>();
  const lowerOf = new Map<string, string>();
  for (const c of candidates) {
    if (lowerOf.has(c)) continue;
    lowerOf.set(c, c.toLowerCase());
    const list = byLength.get(c.length);
    if (list) list.push(c);
    else byLength.set(c.length, [c]);
  }
  const memo = new Map<string, string | undefined>();
  const cost = { cells: 0 };
  const budget = options.budget ?? 5_000_000;
  return (target: string) => {
    if (memo.has(target)) return memo.get(target);
    const t = target.toLowerCase();
    const max = suggestionThreshold(target.length);
    let best: string | undefined;
    let bestDistance = max + 1;
    for (let d = 0; d <= max && d < bestDistance; d++) {
      for (const len of d === 0 ? [target.length] : [target.length - d, target.length + d]) {
        for (const c of byLength.get(len) ?? []) {
          if (cost.cells > budget) break;
          const dist = boundedEditDistance(t, lowerOf.get(c) ?? c, bestDistance - 1, cost);
          if (dist < bestDistance) {
            bestDistance = dist;
            best = c;
          }
        }
      }
    }
    if (best === target) best = undefined;
    memo.set(target, best);
    return best;
  };
}

/** The nearest of `candidates` to `target`, when reasonably close (see `suggestionThreshold`). */
export function nearest(target: string, candidates: Iterable<string>): string | undefined {
  return createSuggester(candidates)(target);
}
