import { sebGroupLabel } from '../vocabulary/labels';

export interface FairnessRowLike {
  sebGroup: string;
  mentees?: number | null;
  matched?: number | null;
  matchRate?: number | null;
  meanScore?: number | null;
  suppressed: boolean;
}

export interface FairnessCells {
  group: string;
  mentees: string;
  matched: string;
  matchRate: string;
  meanScore: string;
}

/** The statistical convention for a withheld cell; never a percentage in its place. */
export const SUPPRESSED = '[c]';
const NOTHING = '–';

const count = (value: number | null | undefined) => (value == null ? SUPPRESSED : String(value));

/**
 * A row as shown: "[c]" for whatever disclosure control withheld, "–" where there is nothing to
 * show (no mentees, or nobody matched), never a percentage in place of a withheld count.
 */
export function fairnessCells(row: FairnessRowLike): FairnessCells {
  const group = sebGroupLabel(row.sebGroup);
  if (row.suppressed) {
    return {
      group,
      mentees: SUPPRESSED,
      matched: SUPPRESSED,
      matchRate: SUPPRESSED,
      meanScore: SUPPRESSED,
    };
  }
  return {
    group,
    mentees: count(row.mentees),
    matched: count(row.matched),
    matchRate: row.matchRate == null ? NOTHING : `${Math.round(row.matchRate * 100)}%`,
    meanScore: row.meanScore == null ? NOTHING : row.meanScore.toFixed(2),
  };
}

/** Groups in a fixed order, the total last, so leads compare like with like across runs. */
export function orderFairnessRows<T extends FairnessRowLike>(rows: readonly T[]): T[] {
  const order = ['lower', 'intermediate', 'professional', 'unknown', 'all'];
  const rank = (group: string) =>
    order.includes(group) ? order.indexOf(group) : order.length - 1.5;
  return [...rows].sort((a, b) => rank(a.sebGroup) - rank(b.sebGroup));
}
