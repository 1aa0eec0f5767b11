import type { CandidateEdge, PairRef } from '@pathways/domain-matching';

/** An applicant as matching sees them: their preferences, never their care details. */
export interface CandidatePreferences {
  readonly applicationId: string;
  /** Region codes they could work in; empty = any region. */
  readonly regions: readonly string[];
  /** Kinds of work (profession codes) they would like; empty = no preference. */
  readonly work: readonly string[];
  /** Left unplaced by an earlier round, or declined an offer. */
  readonly previouslyUnmatched: boolean;
}

export interface PlacementFacts {
  readonly placementId: string;
  readonly regionCode: string;
  readonly workArea: string;
}

/** Names for codes, for explanations in words. */
export interface Vocabulary {
  region(code: string): string;
  work(code: string): string;
}

export type PlacementFit =
  | { readonly allowed: false; readonly reason: string }
  | { readonly allowed: true; readonly score: number; readonly explanation: string[] };

/**
 * Points out of 100. Region is the weightiest: a care leaver may have no family to move
 * with, so a placement outside the regions they chose is never proposed at all.
 */
export const PLACEMENT_POINTS = {
  chosenRegion: 60,
  anyRegion: 40,
  chosenWork: 30,
  noWorkPreference: 15,
  waiting: 10,
} as const;

export function scorePlacement(
  candidate: CandidatePreferences,
  placement: PlacementFacts,
  words: Vocabulary,
): PlacementFit {
  const region = words.region(placement.regionCode);
  const explanation: string[] = [];
  let points = 0;
  if (candidate.regions.length === 0) {
    points += PLACEMENT_POINTS.anyRegion;
    explanation.push(`In ${region}: any region was fine`);
  } else if (candidate.regions.includes(placement.regionCode)) {
    points += PLACEMENT_POINTS.chosenRegion;
    explanation.push(`In ${region}, one of the regions chosen`);
  } else {
    return { allowed: false, reason: `${region} is not one of the regions chosen` };
  }
  const work = words.work(placement.workArea);
  if (candidate.work.length === 0) {
    points += PLACEMENT_POINTS.noWorkPreference;
    explanation.push(`${work} work: no preference for the kind of work`);
  } else if (candidate.work.includes(placement.workArea)) {
    points += PLACEMENT_POINTS.chosenWork;
    explanation.push(`${work} work, one of the kinds of work chosen`);
  } else {
    explanation.push(`${work} work is not one of the kinds of work chosen`);
  }
  if (candidate.previouslyUnmatched) {
    points += PLACEMENT_POINTS.waiting;
    explanation.push('Waiting since an earlier round of matching');
  }
  return { allowed: true, score: points / 100, explanation };
}

export interface PlacementEdge extends CandidateEdge {
  readonly explanation: string[];
}

/**
 * Every allowed (application, placement) pair as an engine edge: mentee = application,
 * mentor = placement (capacity 1). Excluded pairs (a declined offer) are left out.
 */
export function placementEdges(
  candidates: readonly CandidatePreferences[],
  placements: readonly PlacementFacts[],
  excluded: readonly PairRef[],
  words: Vocabulary,
): PlacementEdge[] {
  const never = new Set(excluded.map((pair) => `${pair.mentee}|${pair.mentor}`));
  return candidates.flatMap((candidate) =>
    placements.flatMap((placement): PlacementEdge[] => {
      if (never.has(`${candidate.applicationId}|${placement.placementId}`)) return [];
      const fit = scorePlacement(candidate, placement, words);
      return fit.allowed
        ? [
            {
              mentee: candidate.applicationId,
              mentor: placement.placementId,
              score: fit.score,
              explanation: fit.explanation,
            },
          ]
        : [];
    }),
  );
}
