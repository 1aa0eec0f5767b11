import { Injectable } from '@nestjs/common';
import { SEB_GROUPS } from '@pathways/domain-seb';
import type { SebGroup } from '@pathways/domain-seb';
import { DataSource } from 'typeorm';
import { programmeByCode } from '../access/programme-lookup';
import { GenerationCache } from '../changes/generation-cache';
import { OutcomeDataChanges } from '../changes/outcome-data-changes.service';
import { todayIso } from '../csv/calendar-date';
import { sebCountColumn, sebShareTable } from '../disclosure/seb-tables';
import type { SebCounts } from '../disclosure/seb-tables';
import { outcomeReportGroup } from '../report/outcome-report.model';
import { OutcomeReportService } from '../report/outcome-report.service';
import { withAnalytics } from '../sql/analytics-query';
import { ProgrammeDashboard } from './programme-dashboard.model';
import { PROGRAMME_PARTICIPATION_SQL, PROGRAMME_SESSIONS_SQL } from './programme-dashboard.sql';

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

interface SessionsRow {
  seb_group: SebGroup;
  sessions: number;
}

function countsBy<R extends { seb_group: SebGroup }>(rows: readonly R[], pick: (row: R) => number) {
  const counts = Object.fromEntries(SEB_GROUPS.map((group) => [group, 0]));
  for (const row of rows) counts[row.seb_group] = pick(row);
  return counts as Record<SebGroup, number>;
}

// A programme and day each; a day's figures are the same for everyone allowed to see them.
const KEPT_DASHBOARDS = 200;

@Injectable()
export class ProgrammeDashboardService {
  private readonly kept = new GenerationCache<ProgrammeDashboard>(KEPT_DASHBOARDS);

  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: OutcomeReportService,
    private readonly changes: OutcomeDataChanges,
  ) {}

  /** Counted once, then kept until the data it is counted from changes (in any process). */
  dashboard(programmeCode: string, asOf = todayIso()): Promise<ProgrammeDashboard> {
    return this.kept.get(
      `${programmeCode}|${asOf}`,
      () => this.changes.generation(),
      () => this.count(programmeCode, asOf),
    );
  }

  private async count(programmeCode: string, asOf: string): Promise<ProgrammeDashboard> {
    const programme = await programmeByCode(this.dataSource.manager, programmeCode);
    const { rows, sessions } = await withAnalytics(this.dataSource, async (query) => ({
      rows: await query<ParticipationRow>(PROGRAMME_PARTICIPATION_SQL, [programme.id, asOf]),
      sessions: await query<SessionsRow>(PROGRAMME_SESSIONS_SQL, [programme.id]),
    }));
    const report = await this.reports.report(programmeCode, asOf);
    const by = (measure: Measure): SebCounts => countsBy(rows, (row) => row[measure]);
    return {
      programme: programmeCode,
      asOf,
      participants: sebCountColumn(by('participants')),
      activeRelationships: sebCountColumn(by('active')),
      sessionsLogged: sebCountColumn(countsBy(sessions, (row) => row.sessions)),
      metExpectations: sebShareTable(by('met_expectations_yes'), by('met_expectations_answered')),
      sessionsInteresting: sebShareTable(
        by('sessions_interesting_yes'),
        by('sessions_interesting_answered'),
      ),
      progression: report.groups.map(outcomeReportGroup),
    };
  }
}
