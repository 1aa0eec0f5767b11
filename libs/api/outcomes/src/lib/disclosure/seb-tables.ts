import { SEB_GROUPS } from '@pathways/domain-seb';
import type { SebGroup } from '@pathways/domain-seb';
import { shareOfClassifiable, suppressTable } from '@pathways/domain-stats';
import type { SuppressedCell } from '@pathways/domain-stats';

export type SebCounts = Readonly<Record<SebGroup, number>>;
export type SebRowGroup = SebGroup | 'all';

export const NO_SEB_COUNTS: SebCounts = { professional: 0, intermediate: 0, lower: 0, unknown: 0 };

/** One published cell: the count, or null with `suppressed` when it could identify someone. */
export interface Cell {
  readonly value: number | null;
  readonly suppressed: boolean;
}

const cell = (suppressed: SuppressedCell): Cell => ({
  value: suppressed.value,
  suppressed: suppressed.suppressed,
});

export interface SebCountRow {
  readonly sebGroup: SebRowGroup;
  readonly count: Cell;
}

/** A count per SEB group and in all, through primary and secondary suppression. */
export function sebCountColumn(counts: SebCounts): SebCountRow[] {
  const table = suppressTable(SEB_GROUPS.map((group) => [counts[group]]));
  return [
    ...SEB_GROUPS.map((sebGroup, i) => ({ sebGroup, count: cell(table.rowTotals[i]) })),
    { sebGroup: 'all' as const, count: cell(table.grandTotal) },
  ];
}

export interface SebShareRow {
  readonly sebGroup: SebRowGroup;
  /** People with the outcome (a yes, an event). */
  readonly count: Cell;
  /** People asked or at risk: the denominator. */
  readonly total: Cell;
  /** count / total; null when either is withheld or total is 0. */
  readonly share: number | null;
}

/**
 * A share per SEB group (yes of answered, leavers of staff…). The table suppressed is
 * [with, without] per group, so neither part can be worked out from the shown ones.
 */
export function sebShareTable(counts: SebCounts, totals: SebCounts): SebShareRow[] {
  const table = suppressTable(
    SEB_GROUPS.map((group) => [counts[group], totals[group] - counts[group]]),
  );
  const row = (sebGroup: SebRowGroup, parts: readonly SuppressedCell[], total: SuppressedCell) => {
    const [yes, no] = parts as [SuppressedCell, SuppressedCell];
    const shown = !yes.suppressed && !no.suppressed && !total.suppressed;
    const share = shown && total.value ? (yes.value ?? 0) / total.value : null;
    return { sebGroup, count: cell(yes), total: cell(total), share };
  };
  return [
    ...SEB_GROUPS.map((group, i) => row(group, table.cells[i], table.rowTotals[i])),
    row('all', table.columnTotals, table.grandTotal),
  ];
}

export interface CompositionRow {
  readonly key: string;
  readonly label: string;
  readonly professional: Cell;
  readonly intermediate: Cell;
  readonly lower: Cell;
  readonly unknown: Cell;
  readonly total: Cell;
  /** Shares of the classifiable people; null for a row with any withheld cell. */
  readonly professionalShare: number | null;
  readonly intermediateShare: number | null;
  readonly lowerShare: number | null;
  readonly declarationRate: number | null;
}

export interface SebCategory {
  readonly key: string;
  readonly label: string;
  readonly counts: SebCounts;
}

function compositionRow(
  key: string,
  label: string,
  cells: readonly SuppressedCell[],
  total: SuppressedCell,
): CompositionRow {
  const [professional, intermediate, lower, unknown] = cells.map(cell) as [Cell, Cell, Cell, Cell];
  const anyWithheld = [...cells, total].some((c) => c.suppressed);
  const shares = anyWithheld
    ? null
    : shareOfClassifiable({
        professional: professional.value ?? 0,
        intermediate: intermediate.value ?? 0,
        lower: lower.value ?? 0,
        unknown: unknown.value ?? 0,
      });
  return {
    key,
    label,
    professional,
    intermediate,
    lower,
    unknown,
    total: cell(total),
    professionalShare: shares?.professional ?? null,
    intermediateShare: shares?.intermediate ?? null,
    lowerShare: shares?.lower ?? null,
    declarationRate: shares?.declarationRate ?? null,
  };
}

export interface Composition {
  readonly rows: CompositionRow[];
  readonly total: CompositionRow;
}

/** SEB composition by category (grade, region…): counts suppressed across rows and columns. */
export function sebComposition(categories: readonly SebCategory[]): Composition {
  if (categories.length === 0) {
    const zeros = sebComposition([{ key: 'none', label: 'None', counts: NO_SEB_COUNTS }]);
    return { rows: [], total: zeros.total };
  }
  const table = suppressTable(
    categories.map((category) => SEB_GROUPS.map((group) => category.counts[group])),
  );
  return {
    rows: categories.map((category, i) =>
      compositionRow(category.key, category.label, table.cells[i], table.rowTotals[i]),
    ),
    total: compositionRow('all', 'All', table.columnTotals, table.grandTotal),
  };
}
