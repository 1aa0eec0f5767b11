import { formatPercent, NOT_APPLICABLE, SUPPRESSED } from '../format/figures';
import {
  CLASSIFIABLE_GROUPS,
  pooledShare,
  type ClassifiableGroup,
  type CompositionRowLike,
  type PooledShare,
} from './composition-rows';

export interface BenchmarkLike {
  key: string;
  measure: string;
  sebGroup?: string | null;
  department?: string | null;
  value: number;
  source: string;
  note?: string | null;
  verify: boolean;
}

export interface WorkforceFigures {
  overall: CompositionRowLike;
  byGrade: { rows: readonly CompositionRowLike[] };
  byDepartment: { rows: readonly CompositionRowLike[] };
}

/** Grades of the Senior Civil Service, whose benchmarks are keyed `scs_…` (seb.md, Benchmarks). */
export const SCS_GRADES = ['SCS1', 'SCS2', 'SCS3', 'PS'];

const isClassifiable = (group: string | null | undefined): group is ClassifiableGroup =>
  (CLASSIFIABLE_GROUPS as readonly string[]).includes(group ?? '');

/**
 * The same measure in this workforce: the department's share for a department's benchmark, the
 * SCS grades pooled for an SCS one, everyone otherwise. Benchmarks about schooling or free
 * school meals have no counterpart here.
 */
export function comparableShare(
  benchmark: BenchmarkLike,
  figures: WorkforceFigures,
): PooledShare | null {
  if (!isClassifiable(benchmark.sebGroup)) return null;
  const group = benchmark.sebGroup;
  if (benchmark.department) {
    const row = figures.byDepartment.rows.find((each) => each.key === benchmark.department);
    return row ? pooledShare([row], group) : { kind: 'none' };
  }
  if (benchmark.key.startsWith('scs_')) {
    const rows = figures.byGrade.rows.filter((row) => SCS_GRADES.includes(row.key));
    return rows.length === 0 ? { kind: 'none' } : pooledShare(rows, group);
  }
  return pooledShare([figures.overall], group);
}

export function comparableText(share: PooledShare | null): string {
  if (share === null) return 'Not measured here';
  if (share.kind === 'withheld') return SUPPRESSED;
  if (share.kind === 'none') return NOT_APPLICABLE;
  return formatPercent(share.value);
}
