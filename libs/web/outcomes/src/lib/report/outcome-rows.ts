import {
  formatCount,
  formatInterval,
  formatPercent,
  formatPValue,
  NOT_APPLICABLE,
  SUPPRESSED,
} from '../format/figures';
import { sebGroupLabel } from '../format/labels';

/** A row of the outcome report as the API sends it (contracts.md, camel-cased). */
export interface OutcomeGroupLike {
  sebGroup: string;
  suppressed: boolean;
  participants?: number | null;
  mature?: number | null;
  progressed?: number | null;
  rate?: number | null;
  ciLow?: number | null;
  ciHigh?: number | null;
  comparisonMature?: number | null;
  comparisonProgressed?: number | null;
  comparisonRate?: number | null;
  pValue?: number | null;
  metExpectations?: number | null;
  sessionsInteresting?: number | null;
}

export interface OutcomeRowCells {
  group: string;
  participants: string;
  mature: string;
  progressed: string;
  rate: string;
  interval: string;
  comparisonRate: string;
  comparisonCounts: string;
  pValue: string;
  metExpectations: string;
  sessionsInteresting: string;
}

export const ALL_PARTICIPANTS = 'All participants';

const count = (value: number | null | undefined) =>
  value === null || value === undefined ? SUPPRESSED : formatCount(value);

const share = (value: number | null | undefined) =>
  value === null || value === undefined ? NOT_APPLICABLE : formatPercent(value);

/**
 * What each cell shows. A suppressed row is [c] throughout. In a shown row the comparison is
 * [c] when the API withheld it (1–9 comparison people: comparisonMature is null) and "–" when
 * there is nothing to compare (nobody mature yet, or no p-value for 0% or 100%).
 */
export function outcomeRowCells(row: OutcomeGroupLike): OutcomeRowCells {
  const group = sebGroupLabel(row.sebGroup, ALL_PARTICIPANTS);
  if (row.suppressed) {
    return {
      group,
      participants: SUPPRESSED,
      mature: SUPPRESSED,
      progressed: SUPPRESSED,
      rate: SUPPRESSED,
      interval: SUPPRESSED,
      comparisonRate: SUPPRESSED,
      comparisonCounts: SUPPRESSED,
      pValue: SUPPRESSED,
      metExpectations: SUPPRESSED,
      sessionsInteresting: SUPPRESSED,
    };
  }
  const comparisonWithheld = row.comparisonMature === null || row.comparisonMature === undefined;
  const comparison = (text: () => string) => (comparisonWithheld ? SUPPRESSED : text());
  return {
    group,
    participants: count(row.participants),
    mature: count(row.mature),
    progressed: count(row.progressed),
    rate: share(row.rate),
    interval:
      row.ciLow == null || row.ciHigh == null
        ? NOT_APPLICABLE
        : formatInterval(row.ciLow, row.ciHigh),
    comparisonRate: comparison(() => share(row.comparisonRate)),
    comparisonCounts: comparison(
      () => `${count(row.comparisonProgressed)} of ${count(row.comparisonMature)}`,
    ),
    pValue: comparison(() => (row.pValue == null ? NOT_APPLICABLE : formatPValue(row.pValue))),
    metExpectations: share(row.metExpectations),
    sessionsInteresting: share(row.sessionsInteresting),
  };
}

/** The headline in words, from the "all" row: null when it is withheld or nobody is mature. */
export function outcomeHeadline(all: OutcomeGroupLike | undefined): string | null {
  if (!all || all.suppressed || all.rate == null || all.mature == null) return null;
  const interval =
    all.ciLow != null && all.ciHigh != null
      ? ` (95% interval ${formatInterval(all.ciLow, all.ciHigh)})`
      : '';
  const comparison =
    all.comparisonRate != null
      ? `, against ${formatPercent(all.comparisonRate)} of the comparison group`
      : '';
  return `${formatPercent(all.rate)} of the ${formatCount(all.mature)} participants who started at least 12 months ago progressed within a year${interval}${comparison}.`;
}
