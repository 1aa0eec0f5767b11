import { Injectable } from '@nestjs/common';
import { BENCHMARKS } from '@pathways/domain-seb';
import { DataSource } from 'typeorm';
import { todayIso } from '../csv/calendar-date';
import { sebComposition, sebShareTable } from '../disclosure/seb-tables';
import { withAnalytics } from '../sql/analytics-query';
import { FiveYearTargetsService } from '../targets/five-year-targets.service';
import { currentTargetShare } from './target-progress';
import { WorkforceDashboard } from './workforce-dashboard.model';
import { WORKFORCE_DIMENSIONS } from './workforce-dimensions';
import { categoriesOf, departmentGradeCounts, overallCounts, WorkforceRow } from './workforce-rows';
import { WORKFORCE_SQL } from './workforce.sql';

/** Aggregates only: nothing here can name or single out a person. */
@Injectable()
export class WorkforceDashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly targets: FiveYearTargetsService,
  ) {}

  /** `departments`: the analyst's scope, or 'all'. */
  async dashboard(
    departments: readonly string[] | 'all',
    asOf = todayIso(),
  ): Promise<WorkforceDashboard> {
    const scope = departments === 'all' ? null : [...departments];
    const rows = await withAnalytics(this.dataSource, (query) =>
      query<WorkforceRow>(WORKFORCE_SQL, [scope, asOf]),
    );
    const tables = WORKFORCE_DIMENSIONS.map((dimension) => ({
      dimension,
      composition: sebComposition(categoriesOf(rows, dimension)),
    }));
    const table = (dimension: string) => {
      const found = tables.find((t) => t.dimension === dimension);
      if (!found) throw new Error(`no ${dimension} table`);
      return { dimension, ...found.composition };
    };
    const inYear = overallCounts(rows, 'in_year');
    const cells = departmentGradeCounts(rows);
    const overall = sebComposition([
      { key: 'all', label: 'All', counts: overallCounts(rows, 'people') },
    ]);
    return {
      asOf,
      departments: scope,
      overall: overall.rows[0] ?? overall.total,
      byGrade: table('grade'),
      byDepartment: table('department'),
      byProfession: table('profession'),
      byRegion: table('region'),
      byGender: table('gender'),
      byEthnicity: table('ethnicity'),
      byDisability: table('disability'),
      bySexualOrientation: table('sexual_orientation'),
      benchmarks: BENCHMARKS.map((benchmark) => ({
        ...benchmark,
        note: benchmark.note ?? null,
        sebGroup: benchmark.sebGroup ?? null,
        department: benchmark.department ?? null,
      })),
      attrition: sebShareTable(overallCounts(rows, 'leavers'), inYear),
      temporaryPromotions: sebShareTable(overallCounts(rows, 'temporary_promotions'), inYear),
      eoiSuccesses: sebShareTable(overallCounts(rows, 'eoi_successes'), inYear),
      targets: (await this.targets.all()).map((target) => ({
        ...target,
        currentShare: currentTargetShare(target, cells),
      })),
      tables: [{ dimension: 'overall', composition: overall }, ...tables],
    };
  }
}
