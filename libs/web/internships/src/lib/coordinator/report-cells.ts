export interface ReportCellLike {
  value?: number | null;
  suppressed: boolean;
  share?: number | null;
}

/** What a published cell shows: the count, or [c] when withheld; never a share of a withheld cell. */
export function cellText(cell: ReportCellLike, withShare = false): string {
  if (cell.suppressed || cell.value === null || cell.value === undefined) return '[c]';
  if (!withShare || cell.share === null || cell.share === undefined) return String(cell.value);
  return `${cell.value} (${Math.round(cell.share * 100)}%)`;
}
