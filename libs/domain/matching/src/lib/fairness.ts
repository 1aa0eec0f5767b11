import type { AssignmentResult } from './types';

export const FAIRNESS_SEB_GROUPS = ['professional', 'intermediate', 'lower', 'unknown'] as const;
export type FairnessSebGroup = (typeof FAIRNESS_SEB_GROUPS)[number];

/** Groups with 1 to 9 mentees are withheld, as in the outcome report's disclosure control. */
export const FAIRNESS_MINIMUM_COUNT = 10;

export interface FairnessMentee {
  readonly id: string;
  /** Anything other than the four group codes counts as 'unknown'. */
  readonly sebGroup?: string | null;
}

export interface FairnessRow {
  readonly sebGroup: FairnessSebGroup | 'all';
  readonly suppressed: boolean;
  readonly mentees: number | null;
  readonly matched: number | null;
  /** matched / mentees, a fraction 0..1; null when there are no mentees. */
  readonly matchRate: number | null;
  /** Mean score of the matched mentees' pairs; null when none matched. */
  readonly meanScore: number | null;
}

interface Tally {
  mentees: number;
  matched: number;
  score: number;
}

/**
 * Match rate and mean score by SEB group of the mentees, then 'all', so a lead can see
 * whether lower-SEB mentees are being left out. Aggregates only, with disclosure control:
 * if exactly one group is withheld, the next smallest shown group is withheld too, so the
 * hidden one cannot be worked out from the total.
 */
export function fairnessBySebGroup(
  mentees: readonly FairnessMentee[],
  result: Pick<AssignmentResult, 'pairs'>,
): FairnessRow[] {
  const scoreOf = new Map(result.pairs.map((pair) => [pair.mentee, pair.score]));
  const tallies = new Map<FairnessSebGroup | 'all', Tally>();
  for (const group of [...FAIRNESS_SEB_GROUPS, 'all' as const]) {
    tallies.set(group, { mentees: 0, matched: 0, score: 0 });
  }
  for (const mentee of mentees) {
    const score = scoreOf.get(mentee.id);
    for (const group of [groupOf(mentee.sebGroup), 'all' as const]) {
      const tally = tallies.get(group);
      if (!tally) continue;
      tally.mentees++;
      if (score !== undefined) {
        tally.matched++;
        tally.score += score;
      }
    }
  }
  const hidden = withheldGroups(FAIRNESS_SEB_GROUPS.map((g) => tallies.get(g)?.mentees ?? 0));
  const rows = FAIRNESS_SEB_GROUPS.map((group, i) => row(group, tallies.get(group), hidden[i]));
  const all = tallies.get('all');
  return [...rows, row('all', all, isSmall(all?.mentees ?? 0))];
}

function groupOf(value: string | null | undefined): FairnessSebGroup {
  const known: readonly string[] = FAIRNESS_SEB_GROUPS;
  return value && known.includes(value) ? (value as FairnessSebGroup) : 'unknown';
}

function isSmall(count: number): boolean {
  return count > 0 && count < FAIRNESS_MINIMUM_COUNT;
}

function withheldGroups(counts: readonly number[]): boolean[] {
  const hidden = counts.map(isSmall);
  if (hidden.filter(Boolean).length !== 1) return hidden;
  let next = -1;
  counts.forEach((count, i) => {
    if (!hidden[i] && count > 0 && (next < 0 || count < counts[next])) next = i;
  });
  if (next >= 0) hidden[next] = true;
  return hidden;
}

function row(
  sebGroup: FairnessSebGroup | 'all',
  tally: Tally | undefined,
  suppressed: boolean,
): FairnessRow {
  if (suppressed || !tally) {
    return {
      sebGroup,
      suppressed: true,
      mentees: null,
      matched: null,
      matchRate: null,
      meanScore: null,
    };
  }
  return {
    sebGroup,
    suppressed: false,
    mentees: tally.mentees,
    matched: tally.matched,
    matchRate: tally.mentees > 0 ? tally.matched / tally.mentees : null,
    meanScore: tally.matched > 0 ? tally.score / tally.matched : null,
  };
}
