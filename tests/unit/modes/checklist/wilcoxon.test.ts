import { describe, expect, test } from 'vitest';
import { averageRanks, normalCdf, wilcoxonSignedRank } from '../../../../src/modes/checklist/report/wilcoxon';

const fromDifferences = (d: readonly number[]) => d.map((x) => [0, x] as const);

describe('Wilcoxon signed-rank', () => {
  test("scipy's own example (Darwin's maize, n = 15): W = 24, p = 0.041259765625 exact", () => {
    // scipy.stats.wilcoxon([6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75])
    // -> WilcoxonResult(statistic=24.0, pvalue=0.041259765625)
    const result = wilcoxonSignedRank(fromDifferences([6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75]));
    expect(result).toMatchObject({ n: 15, wPlus: 96, wMinus: 24, statistic: 24, method: 'exact' });
    expect(result.p).toBeCloseTo(0.041259765625, 12);
  });

  test('n = 6, all improved: the smallest two-sided p, 2/64 = 0.03125 (by hand)', () => {
    const result = wilcoxonSignedRank([[40, 60], [50, 60], [30, 70], [60, 90], [20, 30], [50, 100]]);
    expect(result).toMatchObject({ pairs: 6, n: 6, statistic: 0, wPlus: 21 });
    expect(result.p).toBeCloseTo(0.03125, 12);
  });

  test('n = 6, one pair worse with the smallest change: P(W <= 1) = 2/64, p = 0.0625 (by hand)', () => {
    const result = wilcoxonSignedRank(fromDifferences([-1, 2, 3, 4, 5, 6]));
    expect(result.statistic).toBe(1);
    expect(result.p).toBeCloseTo(0.0625, 12);
  });

  test('n = 7 with W = 3: sign choices with sum <= 3 are {}, {1}, {2}, {3}, {1,2}: p = 2 * 5/128 (by hand)', () => {
    const result = wilcoxonSignedRank(fromDifferences([-10, -20, 30, 40, 50, 60, 70]));
    expect(result.statistic).toBe(3);
    expect(result.p).toBeCloseTo(10 / 128, 12);
  });

  test('fewer than 6 pairs that changed: W and n shown, no p-value; unchanged pairs are dropped', () => {
    const result = wilcoxonSignedRank([[50, 60], [50, 70], [40, 80], [70, 70], [60, 90], [30, 40], [80, 80]]);
    expect(result).toMatchObject({ pairs: 7, n: 5, zeros: 2, wPlus: 15, wMinus: 0, p: null, method: null });
  });

  test('ties share their average rank', () => {
    expect(averageRanks([10, 20, 20, 30, 10])).toEqual([1.5, 3.5, 3.5, 5, 1.5]);
    const result = wilcoxonSignedRank(fromDifferences([10, -10, 20, 20, 20, 30]));
    // |d| ranks: 10,10 -> 1.5; 20,20,20 -> 4; 30 -> 6. W- = 1.5.
    expect(result).toMatchObject({ wMinus: 1.5, wPlus: 19.5, statistic: 1.5 });
    // Exact over the tied ranks: sign sets with sum <= 1.5 are {} and either 1.5: 3/64, p = 6/64.
    expect(result.p).toBeCloseTo(6 / 64, 12);
  });

  test('above 25 pairs, the normal approximation: n = 30 all improved, z = -4.7821, p = 1.73e-6', () => {
    const result = wilcoxonSignedRank(fromDifferences(Array.from({ length: 30 }, (_, i) => i + 1)));
    expect(result.method).toBe('normal');
    // mean 232.5, sd = sqrt(30*31*61/24) = 48.6184; z = -232.5/48.6184 = -4.78214.
    expect(result.p).toBeGreaterThan(1.70e-6);
    expect(result.p).toBeLessThan(1.76e-6);
  });

  test('the normal CDF at known points', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(-1.959964)).toBeCloseTo(0.025, 6);
    expect(normalCdf(1)).toBeCloseTo(0.8413447, 6);
  });
});
