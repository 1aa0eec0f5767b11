import { SEB_GROUPS, type SebGroup } from '@pathways/domain-seb';
import {
  outcomeReportRow,
  sumGroupCounts,
  type GroupCounts,
  type OutcomeReportRow,
} from './outcome-report-row';
import { applyOutcomeDisclosureControl } from './outcome-report-suppression';

export interface OutcomeReportInput {
  readonly programme: string;
  /** YYYY-MM-DD */
  readonly asOf: string;
  readonly groups: Readonly<Record<SebGroup, GroupCounts>>;
}

/** The JSON of `report outcomes` (contracts.md). */
export interface OutcomeReport {
  readonly programme: string;
  readonly as_of: string;
  readonly groups: readonly OutcomeReportRow[];
}

/** Rows professional, intermediate, lower, unknown, then all; disclosure control applied. */
export function assembleOutcomeReport(input: OutcomeReportInput): OutcomeReport {
  const counts = SEB_GROUPS.map((group) => input.groups[group]);
  const rows = [
    ...SEB_GROUPS.map((group, i) => outcomeReportRow(group, counts[i])),
    outcomeReportRow('all', sumGroupCounts(counts)),
  ];
  return {
    programme: input.programme,
    as_of: input.asOf,
    groups: applyOutcomeDisclosureControl(rows),
  };
}
