// Plain-text tables for the bench report.

/** @param {string[]} header @param {(string|number)[][]} rows @param {string[]} [align] 'l' | 'r' per column */
export function table(header, rows, align = []) {
  const cells = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r) =>
    r.map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const kB = (bytes) => (bytes / 1000).toFixed(1);
export const fmt = (n, digits = 1) => (n == null || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));
