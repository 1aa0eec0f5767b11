export { rate } from './lib/rate';
export { Z_95, wilsonInterval } from './lib/wilson';
export type { Interval } from './lib/wilson';
export { erfc, normalCdf, twoSidedNormalPValue } from './lib/normal';
export { twoProportionZTest } from './lib/two-proportion-test';
export { DISCLOSURE_THRESHOLD, isBelowThreshold } from './lib/disclosure';
export { OUTCOME_REPORT_FIELDS } from './lib/outcome-report-row';
export type { GroupCounts, OutcomeReportGroup, OutcomeReportRow } from './lib/outcome-report-row';
export { assembleOutcomeReport } from './lib/outcome-report';
export type { OutcomeReport, OutcomeReportInput } from './lib/outcome-report';
export { outcomeReportToCsv } from './lib/outcome-report-csv';
export { formatCsv } from './lib/csv';
export type { CsvValue } from './lib/csv';
export { suppressTable } from './lib/table-suppression';
export type {
  SuppressTableOptions,
  SuppressedCell,
  SuppressedTable,
  SuppressionReason,
} from './lib/table-suppression';
export { shareOfClassifiable } from './lib/classifiable-shares';
export type { ClassifiableShares } from './lib/classifiable-shares';
