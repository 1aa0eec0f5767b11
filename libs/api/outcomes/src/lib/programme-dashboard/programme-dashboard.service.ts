import { Injectable } from '@nestjs/common';
import { SEB_GROUPS } from '@pathways/domain-seb';
import type { SebGroup } from '@pathways/domain-seb';
import { DataSource } from 'typeorm';
import { programmeByCode } from '../access/programme-lookup';
import { todayIso } from '../csv/calendar-date';
import { sebCountColumn, sebShareTable } from '../disclosure/seb-tables';
import type { SebCounts } from '../disclosure/seb-tables';
import { outcomeReportGroup } from '../report/outcome-report.model';
import { OutcomeReportService } from '../report/outcome-report.service';
import { withAnalytics } from '../sql/analytics-query';
import { ProgrammeDashboard } from './programme-dashboard.model';
import { PROGRAMME_PARTICIPATION_SQL } from './programme-dashboard.sql';

interface ParticipationRow {
  seb_group: SebGroup;
  participants: number;
  active: number;
  met_expectations_yes: number;
  met_expectations_answered: number;
  sessions_interesting_yes: number;
  sessions_interesting_answered: number;
}

type Measure = Exclude<keyof ParticipationRow, 'seb_group'>;

@Injectable()
export class ProgrammeDashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: OutcomeReportService,
  ) {}

  async dashboard(programmeCode: string, asOf = todayIso()): Promise<ProgrammeDashboard> {
    const programme = await programmeByCode(this.dataSource.manager, programmeCode);
    const rows = await withAnalytics(this.dataSource, (query) =>
      query<ParticipationRow>(PROGRAMME_PARTICIPATION_SQL, [programme.id, asOf]),
    );
    const report = await this.reports.report(programmeCode, asOf);
    const by = (measure: Measure): SebCounts => {
      const counts = Object.fromEntries(SEB_GROUPS.map((group) => [group, 0]));
      for (const row of rows) counts[row.seb_group] = row[measure];
      return counts as Record<SebGroup, number>;
    };
    return {
      programme: programmeCode,
      asOf,
      participants: sebCountColumn(by('participants')),
      activeRelationships: sebCountColumn(by('active')),
      metExpectations: sebShareTable(by('met_expectations_yes'), by('met_expectations_answered')),
      sessionsInteresting: sebShareTable(
        by('sessions_interesting_yes'),
        by('sessions_interesting_answered'),
      ),
      progression: report.groups.map(outcomeReportGroup),
    };
  }
}
