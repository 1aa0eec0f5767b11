import { countText, formatPercent, NOT_APPLICABLE, SUPPRESSED } from '../format/figures';
import { inReportOrder, sebGroupLabel } from '../format/labels';
import { CLASSIFIABLE_GROUPS } from './composition-rows';
import type { ShareRowLike } from './workforce-csv';

export interface ShareRowCells {
  group: string;
  total: string;
  count: string;
  rate: string;
  shareOfAll: string;
}

/**
 * Each group's count and its rate within the group, and the group's part of all such events among
 * classifiable people (action 7.2, "share of TPs by SEB"): [c] when any count it needs is withheld.
 */
export function shareRowCells(rows: readonly ShareRowLike[]): ShareRowCells[] {
  const classifiable = rows.filter((row) =>
    (CLASSIFIABLE_GROUPS as readonly string[]).includes(row.sebGroup),
  );
  const withheld = classifiable.some((row) => row.count.suppressed || row.count.value == null);
  const all = classifiable.reduce((sum, row) => sum + (row.count.value ?? 0), 0);
  return inReportOrder(rows).map((row) => {
    const count = countText(row.count);
    const inGroup = classifiable.includes(row);
    let shareOfAll = NOT_APPLICABLE;
    if (inGroup && (withheld || count === SUPPRESSED)) shareOfAll = SUPPRESSED;
    else if (inGroup && all > 0) shareOfAll = formatPercent((row.count.value ?? 0) / all);
    return {
      group: sebGroupLabel(row.sebGroup, 'Everyone'),
      total: countText(row.total),
      count,
      rate:
        count === SUPPRESSED || countText(row.total) === SUPPRESSED
          ? SUPPRESSED
          : row.share == null
            ? NOT_APPLICABLE
            : formatPercent(row.share),
      shareOfAll,
    };
  });
}
