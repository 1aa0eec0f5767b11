import { formatCsv } from './csv';
import type { OutcomeReport } from './outcome-report';
import { OUTCOME_REPORT_FIELDS } from './outcome-report-row';

/** The report as CSV (contracts.md): a header of the row fields, then one record per group. */
export function outcomeReportToCsv(report: OutcomeReport): string {
  return formatCsv([
    OUTCOME_REPORT_FIELDS,
    ...report.groups.map((row) => OUTCOME_REPORT_FIELDS.map((field) => row[field])),
  ]);
}
