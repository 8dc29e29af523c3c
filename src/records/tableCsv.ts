/** Any table as CSV, with the same rules as the answers' CSV (`csv.ts`): RFC 4180, no formulas. */
import { textCell } from './csv';

export function tableToCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null) => (value === null ? '' : typeof value === 'number' ? String(value) : textCell(value));
  return [header.map(cell).join(','), ...rows.map((row) => row.map(cell).join(','))].join('\r\n') + '\r\n';
}
