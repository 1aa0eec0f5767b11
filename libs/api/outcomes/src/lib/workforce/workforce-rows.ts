import { SEB_GROUPS } from '@pathways/domain-seb';
import type { SebGroup } from '@pathways/domain-seb';
import type { SebCategory, SebCounts } from '../disclosure/seb-tables';
import type { DepartmentGradeCount } from './target-progress';
import { categoryLabel, compareCategories, type WorkforceDimension } from './workforce-dimensions';

/** One row of WORKFORCE_SQL: a grouping set's cell; dimensions not grouped by are null. */
export type WorkforceRow = Readonly<Record<WorkforceDimension, string | null>> & {
  readonly seb_group: SebGroup;
  readonly people: number;
  readonly in_year: number;
  readonly leavers: number;
  readonly temporary_promotions: number;
  readonly eoi_successes: number;
};

export type WorkforceMeasure =
  'people' | 'in_year' | 'leavers' | 'temporary_promotions' | 'eoi_successes';

const zeroCounts = (): Record<SebGroup, number> =>
  Object.fromEntries(SEB_GROUPS.map((group) => [group, 0])) as Record<SebGroup, number>;

// The department × grade cells carry every measure; the other sets only the one dimension.
const isDepartmentGrade = (row: WorkforceRow) => row.department !== null && row.grade !== null;

function groupedBy(row: WorkforceRow, dimension: WorkforceDimension): boolean {
  if (dimension === 'grade' || dimension === 'department') return isDepartmentGrade(row);
  return row[dimension] !== null;
}

/** The whole-scope counts of one measure by SEB group. */
export function overallCounts(rows: readonly WorkforceRow[], measure: WorkforceMeasure): SebCounts {
  const counts = zeroCounts();
  for (const row of rows) if (isDepartmentGrade(row)) counts[row.seb_group] += row[measure];
  return counts;
}

/** Categories of one breakdown with their headcounts by SEB group, in display order. */
export function categoriesOf(
  rows: readonly WorkforceRow[],
  dimension: WorkforceDimension,
): SebCategory[] {
  const byKey = new Map<string, Record<SebGroup, number>>();
  for (const row of rows) {
    if (!groupedBy(row, dimension)) continue;
    const key = row[dimension] as string;
    const counts = byKey.get(key) ?? zeroCounts();
    counts[row.seb_group] += row.people;
    byKey.set(key, counts);
  }
  return [...byKey.entries()]
    .map(([key, counts]) => ({ key, label: categoryLabel(dimension, key), counts }))
    .filter((category) => SEB_GROUPS.some((group) => category.counts[group] > 0))
    .sort((a, b) => compareCategories(dimension, a, b));
}

/** Headcounts by department × grade × SEB group, for target progress. */
export function departmentGradeCounts(rows: readonly WorkforceRow[]): DepartmentGradeCount[] {
  return rows.filter(isDepartmentGrade).map((row) => ({
    department: row.department as string,
    grade: row.grade as string,
    sebGroup: row.seb_group,
    people: row.people,
  }));
}
