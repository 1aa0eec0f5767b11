import { formatCsv, type CsvValue } from '@pathways/domain-stats';
import { SUPPRESSED, type CountLike } from '../format/figures';
import type { BenchmarkLike } from './benchmark-comparison';
import { parseCsv } from './csv';

/** The API's CSV of every composition table, cut down to one of them (header kept). */
export function compositionTableCsv(allTables: string, dimension: string): string {
  const [header, ...records] = parseCsv(allTables);
  if (!header) return '';
  return formatCsv([header, ...records.filter((record) => record[0] === dimension)]);
}

const count = (cell: CountLike): CsvValue =>
  cell.suppressed || cell.value == null ? SUPPRESSED : cell.value;

export interface ShareRowLike {
  sebGroup: string;
  share?: number | null;
  count: CountLike;
  total: CountLike;
}

/** Attrition, temporary promotions or EOIs: counts as on the page, [c] when withheld. */
export function shareTableCsv(rows: readonly ShareRowLike[]): string {
  return formatCsv([
    ['seb_group', 'count', 'total', 'share'],
    ...rows.map((row) => [row.sebGroup, count(row.count), count(row.total), row.share ?? null]),
  ]);
}

/** Benchmarks with their sources, and this workforce's figure as the page shows it. */
export function benchmarksCsv(rows: readonly { benchmark: BenchmarkLike; here: string }[]): string {
  return formatCsv([
    [
      'key',
      'measure',
      'seb_group',
      'department',
      'value',
      'source',
      'note',
      'verify',
      'this_workforce',
    ],
    ...rows.map(({ benchmark: b, here }) => [
      b.key,
      b.measure,
      b.sebGroup ?? null,
      b.department ?? null,
      b.value,
      b.source,
      b.note ?? null,
      b.verify,
      here,
    ]),
  ]);
}

export interface TargetLike {
  name: string;
  sebGroup: string;
  grades: readonly string[];
  departmentCode?: string | null;
  targetShare: number;
  targetYear: number;
  currentShare?: number | null;
}

export function targetsCsv(targets: readonly TargetLike[]): string {
  return formatCsv([
    ['name', 'seb_group', 'grades', 'department', 'target_share', 'target_year', 'current_share'],
    ...targets.map((t) => [
      t.name,
      t.sebGroup,
      t.grades.join(' '),
      t.departmentCode ?? null,
      t.targetShare,
      t.targetYear,
      t.currentShare ?? SUPPRESSED,
    ]),
  ]);
}
