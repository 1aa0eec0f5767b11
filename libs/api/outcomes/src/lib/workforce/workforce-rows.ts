import { SEB_GROUPS } from '@pathways/domain-seb';
import type { SebGroup } from '@pathways/domain-seb';
import type { SebCategory, SebCounts } from '../disclosure/seb-tables';
import type { DepartmentGradeCount } from './target-progress';
import {
  categoryLabel,
  compareCategories,
  WORKFORCE_DIMENSIONS,
  type WorkforceDimension,
} from './workforce-dimensions';

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
  | 'people'
  | 'in_year'
  | 'leavers'
  | 'temporary_promotions'
  | 'eoi_successes';

const groupedBy = (row: WorkforceRow): WorkforceDimension[] =>
  WORKFORCE_DIMENSIONS.filter((dimension) => row[dimension] !== null);

const zeroCounts = (): Record<SebGroup, number> =>
  Object.fromEntries(SEB_GROUPS.map((group) => [group, 0])) as Record<SebGroup, number>;

/** The whole-scope counts of one measure by SEB group. */
export function overallCounts(rows: readonly WorkforceRow[], measure: WorkforceMeasure): SebCounts {
  const counts = zeroCounts();
  for (const row of rows) if (groupedBy(row).length === 0) counts[row.seb_group] = row[measure];
  return counts;
}

/** Categories of one breakdown with their headcounts by SEB group, in display order. */
export function categoriesOf(
  rows: readonly WorkforceRow[],
  dimension: WorkforceDimension,
): SebCategory[] {
  const byKey = new Map<string, Record<SebGroup, number>>();
  for (const row of rows) {
    const dims = groupedBy(row);
    if (dims.length !== 1 || dims[0] !== dimension) continue;
    const key = row[dimension] as string;
    const counts = byKey.get(key) ?? zeroCounts();
    counts[row.seb_group] = row.people;
    byKey.set(key, counts);
  }
  return [...byKey.entries()]
    .map(([key, counts]) => ({ key, label: categoryLabel(dimension, key), counts }))
    .filter((category) => SEB_GROUPS.some((group) => category.counts[group] > 0))
    .sort((a, b) => compareCategories(dimension, a, b));
}

/** Headcounts by department × grade × SEB group, for target progress. */
export function departmentGradeCounts(rows: readonly WorkforceRow[]): DepartmentGradeCount[] {
  return rows
    .filter((row) => {
      const dims = groupedBy(row);
      return dims.length === 2 && dims.includes('department') && dims.includes('grade');
    })
    .map((row) => ({
      department: row.department as string,
      grade: row.grade as string,
      sebGroup: row.seb_group,
      people: row.people,
    }));
}
