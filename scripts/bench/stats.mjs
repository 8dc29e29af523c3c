// Small statistics for the bench report: medians and spreads over interleaved rounds.

/** @param {(number|null|undefined)[]} values @returns {number[]} */
const finite = (values) => values.filter((v) => typeof v === 'number' && Number.isFinite(v));

/** @param {(number|null|undefined)[]} values @returns {number | null} */
export function median(values) {
  const v = finite(values).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** "min–max" of the finite values, or 'n/a'. @param {(number|null|undefined)[]} values */
export function spread(values, digits = 1) {
  const v = finite(values);
  if (!v.length) return 'n/a';
  return `${Math.min(...v).toFixed(digits)}–${Math.max(...v).toFixed(digits)}`;
}

/** a / b per round, null where either is missing. @param {(number|null)[]} a @param {(number|null)[]} b */
export const ratios = (a, b) => a.map((x, i) => (x != null && b[i] ? x / b[i] : null));
