/**
 * The Wilcoxon signed-rank test for paired scores (pre-test and post-test), as the seeds report
 * their gains. Pure, no library.
 *
 * - Differences of zero are dropped (Wilcoxon's own rule, scipy's default `zero_method='wilcox'`);
 *   n is the number of pairs that changed.
 * - |differences| are ranked, ties getting their average rank.
 * - The statistic is the smaller of the positive and negative rank sums (scipy's two-sided W).
 * - With n under 6 no p-value is given: even all pairs improving could not reach p < 0.05.
 * - For n up to 25 the two-sided p-value is exact: the permutation distribution of the actual
 *   ranks (ties included) under random signs. Above that, the normal approximation with the
 *   tie-corrected variance and no continuity correction (scipy's `method='approx'`).
 */

export const MIN_PAIRS_FOR_P = 6;
export const MAX_EXACT_N = 25;

export interface WilcoxonResult {
  /** Pairs given. */
  readonly pairs: number;
  /** Pairs that changed (differences not zero): the test's n. */
  readonly n: number;
  readonly zeros: number;
  readonly wPlus: number;
  readonly wMinus: number;
  /** min(W+, W-). */
  readonly statistic: number;
  /** Two-sided; null when n < MIN_PAIRS_FOR_P. */
  readonly p: number | null;
  readonly method: 'exact' | 'normal' | null;
}

/** Average ranks (1-based) of `values`, ties sharing the mean of their ranks. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!.index] = rank;
    start = end + 1;
  }
  return ranks;
}

/** P(W+ <= t) when every sign is equally likely: the count of sign choices, over 2^n. */
function exactLowerTail(ranks: readonly number[], t: number): number {
  // Ranks are whole or half numbers: doubled, they index the counts of each sum.
  const doubled = ranks.map((r) => Math.round(r * 2));
  const total = doubled.reduce((a, b) => a + b, 0);
  let counts = new Array<number>(total + 1).fill(0);
  counts[0] = 1;
  for (const r of doubled) {
    const next = counts.slice();
    for (let s = 0; s + r <= total; s++) if (counts[s]) next[s + r]! += counts[s]!;
    counts = next;
  }
  const limit = Math.round(t * 2);
  let below = 0;
  for (let s = 0; s <= limit && s <= total; s++) below += counts[s]!;
  return below / 2 ** ranks.length;
}

/** The complementary error function (Numerical Recipes' erfcc, |relative error| < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + z / 2);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** P(Z <= z) for a standard normal Z. */
export const normalCdf = (z: number): number => erfc(-z / Math.SQRT2) / 2;

export function wilcoxonSignedRank(pairs: readonly (readonly [before: number, after: number])[]): WilcoxonResult {
  const differences = pairs.map(([before, after]) => after - before).filter((d) => d !== 0);
  const n = differences.length;
  const ranks = averageRanks(differences.map(Math.abs));
  let wPlus = 0;
  let wMinus = 0;
  differences.forEach((d, i) => {
    if (d > 0) wPlus += ranks[i]!;
    else wMinus += ranks[i]!;
  });
  const statistic = Math.min(wPlus, wMinus);
  const base = { pairs: pairs.length, n, zeros: pairs.length - n, wPlus, wMinus, statistic };
  if (n < MIN_PAIRS_FOR_P) return { ...base, p: null, method: null };
  if (n <= MAX_EXACT_N) return { ...base, p: Math.min(1, 2 * exactLowerTail(ranks, statistic)), method: 'exact' };
  const mean = (n * (n + 1)) / 4;
  // Tie correction: each group of t equal |d| takes (t^3 - t) / 48 off the variance.
  const groups = new Map<number, number>();
  for (const r of ranks) groups.set(r, (groups.get(r) ?? 0) + 1);
  let tie = 0;
  for (const t of groups.values()) tie += (t ** 3 - t) / 48;
  const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tie);
  const z = (statistic - mean) / sd;
  return { ...base, p: Math.min(1, 2 * normalCdf(z)), method: 'normal' };
}
