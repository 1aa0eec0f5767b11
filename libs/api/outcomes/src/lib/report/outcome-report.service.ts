import { Injectable } from '@nestjs/common';
import { AuditService } from '@pathways/api-audit';
import { badInput } from '@pathways/api-core';
import { SEB_GROUPS } from '@pathways/domain-seb';
import type { SebGroup } from '@pathways/domain-seb';
import { assembleOutcomeReport } from '@pathways/domain-stats';
import type { GroupCounts, OutcomeReport } from '@pathways/domain-stats';
import { DataSource } from 'typeorm';
import { programmeByCode } from '../access/programme-lookup';
import { isCalendarDate } from '../csv/calendar-date';
import { withAnalytics } from '../sql/analytics-query';
import { OUTCOME_COUNTS_SQL } from './outcome-report.sql';

interface CountsRow {
  seb_group: SebGroup;
  participants: number;
  mature: number;
  progressed: number;
  comparison_mature: number;
  comparison_progressed: number;
  met_expectations_yes: number;
  met_expectations_answered: number;
  sessions_interesting_yes: number;
  sessions_interesting_answered: number;
}

const NO_COUNTS: GroupCounts = {
  participants: 0,
  mature: 0,
  progressed: 0,
  comparisonMature: 0,
  comparisonProgressed: 0,
  metExpectationsYes: 0,
  metExpectationsAnswered: 0,
  sessionsInterestingYes: 0,
  sessionsInterestingAnswered: 0,
};

function groupCounts(row: CountsRow | undefined): GroupCounts {
  if (!row) return NO_COUNTS;
  return {
    participants: row.participants,
    mature: row.mature,
    progressed: row.progressed,
    comparisonMature: row.comparison_mature,
    comparisonProgressed: row.comparison_progressed,
    metExpectationsYes: row.met_expectations_yes,
    metExpectationsAnswered: row.met_expectations_answered,
    sessionsInterestingYes: row.sessions_interesting_yes,
    sessionsInterestingAnswered: row.sessions_interesting_answered,
  };
}

/** The programme outcome report of contracts.md: counts in SQL, statistics in domain-stats. */
@Injectable()
export class OutcomeReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async report(programmeCode: string, asOf: string): Promise<OutcomeReport> {
    if (!isCalendarDate(asOf)) throw badInput(`"${asOf}" is not a date (YYYY-MM-DD)`, 'asOf');
    const programme = await programmeByCode(this.dataSource.manager, programmeCode);
    const rows = await withAnalytics(this.dataSource, (query) =>
      query<CountsRow>(OUTCOME_COUNTS_SQL, [programme.id, asOf]),
    );
    const byGroup = new Map(rows.map((row) => [row.seb_group, row]));
    const groups = Object.fromEntries(
      SEB_GROUPS.map((group) => [group, groupCounts(byGroup.get(group))]),
    ) as Record<SebGroup, GroupCounts>;
    return assembleOutcomeReport({ programme: programmeCode, asOf, groups });
  }

  /** A report leaving the service (CLI output, CSV download) goes in the audit log. */
  recordExport(
    report: OutcomeReport,
    format: 'json' | 'csv',
    actorPersonId: string | null,
  ): Promise<void> {
    return this.audit.record({
      actorPersonId,
      action: 'export.report',
      detail: { report: 'outcomes', programme: report.programme, asOf: report.as_of, format },
    });
  }
}
