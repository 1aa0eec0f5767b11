import { suppressTable } from '@pathways/domain-stats';
import type { SuppressedCell } from '@pathways/domain-stats';

/** One published count: null and suppressed (shown as [c]) when it could identify someone. */
export interface ReportCell {
  readonly value: number | null;
  readonly suppressed: boolean;
  /** Of the row's total, when both are shown and the table carries shares. */
  readonly share: number | null;
}

export interface ReportRow {
  readonly key: string;
  readonly label: string;
  readonly cells: ReportCell[];
  readonly total: ReportCell;
}

export interface ReportTable {
  readonly columns: string[];
  readonly rows: ReportRow[];
  readonly totals: ReportCell[];
  readonly grandTotal: ReportCell;
}

export interface CountRow {
  readonly key: string;
  readonly label: string;
  readonly counts: readonly number[];
}

const withShare = (cell: SuppressedCell, total: SuppressedCell, shares: boolean): ReportCell => ({
  value: cell.value,
  suppressed: cell.suppressed,
  share:
    shares && !cell.suppressed && !total.suppressed && total.value
      ? (cell.value ?? 0) / total.value
      : null,
});

const shown = (value: number): ReportCell => ({ value, suppressed: false, share: null });

/**
 * Counts of people through disclosure control: cells of 1 to 9 withheld, and enough others
 * (secondary suppression across rows, columns and totals) that none can be worked out.
 */
export function publishTable(
  columns: readonly string[],
  rows: readonly CountRow[],
  { shares = false }: { shares?: boolean } = {},
): ReportTable {
  if (rows.length === 0) {
    return {
      columns: [...columns],
      rows: [],
      totals: columns.map(() => shown(0)),
      grandTotal: shown(0),
    };
  }
  const table = suppressTable(rows.map((row) => [...row.counts]));
  return {
    columns: [...columns],
    rows: rows.map((row, i) => ({
      key: row.key,
      label: row.label,
      cells: table.cells[i].map((cell) => withShare(cell, table.rowTotals[i], shares)),
      total: withShare(table.rowTotals[i], table.rowTotals[i], false),
    })),
    totals: table.columnTotals.map((cell) => withShare(cell, table.grandTotal, shares)),
    grandTotal: withShare(table.grandTotal, table.grandTotal, false),
  };
}
