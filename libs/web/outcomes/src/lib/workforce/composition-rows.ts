import {
  countText,
  countWithShareText,
  formatPercent,
  NOT_APPLICABLE,
  SUPPRESSED,
  type CountLike,
} from '../format/figures';

/** One category of a composition table as the API sends it. */
export interface CompositionRowLike {
  key: string;
  label: string;
  declarationRate?: number | null;
  professional: CountLike;
  intermediate: CountLike;
  lower: CountLike;
  unknown: CountLike;
  total: CountLike;
  professionalShare?: number | null;
  intermediateShare?: number | null;
  lowerShare?: number | null;
}

export interface CompositionTableLike {
  dimension: string;
  rows: readonly CompositionRowLike[];
  total: CompositionRowLike;
}

export const CLASSIFIABLE_GROUPS = ['professional', 'intermediate', 'lower'] as const;
export type ClassifiableGroup = (typeof CLASSIFIABLE_GROUPS)[number];

export interface CompositionCells {
  label: string;
  professional: string;
  intermediate: string;
  lower: string;
  unknown: string;
  total: string;
  declarationRate: string;
}

/**
 * A declaration rate needs the unclassifiable count and the total: [c] when either is withheld,
 * "–" when there is nobody to count.
 */
function declarationText(row: CompositionRowLike): string {
  if (row.declarationRate != null) return formatPercent(row.declarationRate);
  return countText(row.unknown) === SUPPRESSED || countText(row.total) === SUPPRESSED
    ? SUPPRESSED
    : NOT_APPLICABLE;
}

/** Counts with their share of classifiable people, "41 (32.5%)"; withheld cells are [c]. */
export function compositionCells(row: CompositionRowLike): CompositionCells {
  return {
    label: row.label,
    professional: countWithShareText(row.professional, row.professionalShare),
    intermediate: countWithShareText(row.intermediate, row.intermediateShare),
    lower: countWithShareText(row.lower, row.lowerShare),
    unknown: countText(row.unknown),
    total: countText(row.total),
    declarationRate: declarationText(row),
  };
}

export function shareOfGroup(row: CompositionRowLike, group: ClassifiableGroup): number | null {
  const share = {
    professional: row.professionalShare,
    intermediate: row.intermediateShare,
    lower: row.lowerShare,
  }[group];
  return share ?? null;
}

export type PooledShare =
  { kind: 'share'; value: number } | { kind: 'withheld' } | { kind: 'none' };

/**
 * One group's share of the classifiable people across several rows (the grades of the SCS, say),
 * from shown counts only: withheld when any count it needs is withheld, none when nobody counts.
 */
export function pooledShare(
  rows: readonly CompositionRowLike[],
  group: ClassifiableGroup,
): PooledShare {
  let part = 0;
  let whole = 0;
  for (const row of rows) {
    for (const each of CLASSIFIABLE_GROUPS) {
      const cell = row[each];
      if (cell.suppressed || cell.value == null) return { kind: 'withheld' };
      whole += cell.value;
      if (each === group) part += cell.value;
    }
  }
  return whole === 0 ? { kind: 'none' } : { kind: 'share', value: part / whole };
}
