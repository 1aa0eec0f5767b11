import { formatCsv } from '@pathways/domain-stats';
import type { CsvValue } from '@pathways/domain-stats';
import type { Cell, Composition, CompositionRow } from '../disclosure/seb-tables';

const SUPPRESSED = '[c]';

const HEADER = [
  'dimension',
  'category',
  'label',
  'professional',
  'intermediate',
  'lower',
  'unknown',
  'total',
  'professional_share',
  'intermediate_share',
  'lower_share',
  'declaration_rate',
];

const count = (cell: Cell): CsvValue => (cell.suppressed ? SUPPRESSED : cell.value);

function record(dimension: string, row: CompositionRow): CsvValue[] {
  return [
    dimension,
    row.key,
    row.label,
    count(row.professional),
    count(row.intermediate),
    count(row.lower),
    count(row.unknown),
    count(row.total),
    row.professionalShare,
    row.intermediateShare,
    row.lowerShare,
    row.declarationRate,
  ];
}

/** Every composition table as one CSV; a withheld count is `[c]`, a withheld share empty. */
export function workforceCompositionCsv(
  tables: readonly { dimension: string; composition: Composition }[],
): string {
  return formatCsv([
    HEADER,
    ...tables.flatMap(({ dimension, composition }) => [
      ...composition.rows.map((row) => record(dimension, row)),
      record(dimension, composition.total),
    ]),
  ]);
}
