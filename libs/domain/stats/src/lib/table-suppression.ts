import { assertCount } from './counts';
import { DISCLOSURE_THRESHOLD, isBelowThreshold } from './disclosure';

export type SuppressionReason = 'primary' | 'secondary';

export interface SuppressedCell {
  /** null when suppressed (shown as `[c]`). */
  readonly value: number | null;
  readonly suppressed: boolean;
  readonly reason: SuppressionReason | null;
}

export interface SuppressedTable {
  /** Same shape as the input. */
  readonly cells: SuppressedCell[][];
  readonly rowTotals: SuppressedCell[];
  readonly columnTotals: SuppressedCell[];
  readonly grandTotal: SuppressedCell;
}

export interface SuppressTableOptions {
  readonly threshold?: number;
}

type Position = readonly [row: number, column: number];

function columnCount(cells: readonly (readonly number[])[]): number {
  const columns = cells[0]?.length ?? 0;
  cells.forEach((row, i) => {
    if (row.length !== columns)
      throw new RangeError(`row ${i} has ${row.length} cells, not ${columns}`);
    row.forEach((value, j) => assertCount(`cell [${i}][${j}]`, value));
  });
  return columns;
}

// The table with its totals: last column = row totals, last row = column totals.
function withTotals(cells: readonly (readonly number[])[], columns: number): number[][] {
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const rows = cells.map((row) => [...row, sum(row)]);
  const totals = Array.from({ length: columns + 1 }, (_, j) => sum(rows.map((row) => row[j])));
  return [...rows, totals];
}

function linesOf(height: number, width: number): Position[][] {
  const range = (n: number) => Array.from({ length: n }, (_, k) => k);
  return [
    ...range(height).map((i) => range(width).map((j): Position => [i, j])),
    ...range(width).map((j) => range(height).map((i): Position => [i, j])),
  ];
}

function cell(value: number, reason: SuppressionReason | null): SuppressedCell {
  return { value: reason === null ? value : null, suppressed: reason !== null, reason };
}

/**
 * Primary suppression of counts 1..threshold-1 (0 is shown), totals included, then secondary.
 * Rule: every row and column of the table extended by its totals that holds exactly one
 * suppressed entry gets its smallest non-zero shown entry suppressed too (earliest on ties),
 * repeated until stable; that entry is the total only when the line has no other non-zero cell.
 */
export function suppressTable(
  cells: readonly (readonly number[])[],
  { threshold = DISCLOSURE_THRESHOLD }: SuppressTableOptions = {},
): SuppressedTable {
  if (!Number.isFinite(threshold) || threshold < 1) {
    throw new RangeError(`threshold must be finite and >= 1, got ${threshold}`);
  }
  const columns = columnCount(cells);
  const grid = withTotals(cells, columns);
  const reasons = grid.map((row) =>
    row.map((value): SuppressionReason | null =>
      isBelowThreshold(value, threshold) ? 'primary' : null,
    ),
  );
  const lines = linesOf(grid.length, columns + 1);
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([i, j]) => reasons[i][j] !== null).length !== 1) continue;
      let pick: Position | undefined;
      for (const [i, j] of line) {
        if (reasons[i][j] !== null || grid[i][j] === 0) continue;
        if (pick === undefined || grid[i][j] < grid[pick[0]][pick[1]]) pick = [i, j];
      }
      if (pick === undefined) continue;
      reasons[pick[0]][pick[1]] = 'secondary';
      changed = true;
    }
  }
  const at = (i: number, j: number) => cell(grid[i][j], reasons[i][j]);
  const rows = cells.length;
  return {
    cells: cells.map((row, i) => row.map((_, j) => at(i, j))),
    rowTotals: cells.map((_, i) => at(i, columns)),
    columnTotals: Array.from({ length: columns }, (_, j) => at(rows, j)),
    grandTotal: at(rows, columns),
  };
}
