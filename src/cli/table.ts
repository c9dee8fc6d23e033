/**
 * Plain-text tables for the CLI: a header, a rule, and rows whose columns are padded to the widest cell
 * (numbers right-aligned). Widths count code points, so names with non-ASCII letters line up. Cells
 * are escaped to one line (cellText): a name from a dataset cannot move the cursor or break a row.
 */
import { cellText } from './io.ts';

export type Cell = string | number;

export interface Column {
  header: string;
  /** Right-align (the default for columns whose cells are all numbers). */
  align?: 'left' | 'right';
}

function width(s: string): number {
  return [...s].length;
}

function pad(s: string, w: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return align === 'right' ? fill + s : s + fill;
}

/** Formats a number for a table: integers as they are, others with up to 3 decimals. */
export function formatNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Math.round(x * 1000) / 1000);
}

/** The table as lines of text (no trailing spaces). */
export function renderTable(columns: (string | Column)[], rows: Cell[][]): string {
  const cols: Column[] = columns.map((c) => (typeof c === 'string' ? { header: c } : c));
  const text = rows.map((row) =>
    cols.map((_, i) => {
      const cell = row[i] ?? '';
      return typeof cell === 'number' ? formatNumber(cell) : cellText(cell);
    }),
  );
  const aligns = cols.map(
    (c, i): 'left' | 'right' =>
      c.align ??
      (rows.length > 0 && rows.every((r) => typeof r[i] === 'number') ? 'right' : 'left'),
  );
  // A loop, not Math.max(...rows): a spread of 499,500 rows (the pairs of a 1,000-participant
  // meeting) overflows the call stack.
  const widths = cols.map((c, i) =>
    text.reduce((w, r) => Math.max(w, width(r[i] ?? '')), width(c.header)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, aligns[i] ?? 'left'))
      .join('  ')
      .trimEnd();
  return [
    line(cols.map((c) => cellText(c.header))),
    line(widths.map((w) => '-'.repeat(w))),
    ...text.map(line),
  ].join('\n');
}
