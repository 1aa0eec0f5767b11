import { isBelowThreshold } from './disclosure';
import type { OutcomeReportGroup, OutcomeReportRow } from './outcome-report-row';

function suppressedRow(group: OutcomeReportGroup): OutcomeReportRow {
  return {
    seb_group: group,
    suppressed: true,
    participants: null,
    mature: null,
    progressed: null,
    rate: null,
    ci_low: null,
    ci_high: null,
    comparison_mature: null,
    comparison_progressed: null,
    comparison_rate: null,
    p_value: null,
    met_expectations: null,
    sessions_interesting: null,
  };
}

function withoutComparison(row: OutcomeReportRow): OutcomeReportRow {
  return {
    ...row,
    comparison_mature: null,
    comparison_progressed: null,
    comparison_rate: null,
    p_value: null,
  };
}

// With one SEB row hidden, `all` minus the shown rows would give it away; hide the next smallest.
function secondarySuppression(sebRows: readonly OutcomeReportRow[]): OutcomeReportRow | undefined {
  const hidden = sebRows.filter((row) => isBelowThreshold(row.mature ?? 0));
  if (hidden.length !== 1) return undefined;
  let smallest: OutcomeReportRow | undefined;
  for (const row of sebRows) {
    const mature = row.mature ?? 0;
    if (row === hidden[0] || mature === 0) continue;
    if (smallest === undefined || mature < (smallest.mature ?? 0)) smallest = row;
  }
  return smallest;
}

/**
 * Disclosure control exactly as contracts.md words it. `rows` are the unsuppressed SEB rows in
 * report order followed by the `all` row.
 */
export function applyOutcomeDisclosureControl(
  rows: readonly OutcomeReportRow[],
): OutcomeReportRow[] {
  const secondary = secondarySuppression(rows.filter((row) => row.seb_group !== 'all'));
  return rows.map((row) => {
    if (row === secondary || isBelowThreshold(row.mature ?? 0)) return suppressedRow(row.seb_group);
    return isBelowThreshold(row.comparison_mature ?? 0) ? withoutComparison(row) : row;
  });
}
