export type ProfessionRule = 'same' | 'other' | 'any' | 'prefer_same';
export type DepartmentRule = 'same' | 'other' | 'any';

export interface MenteeProfile {
  readonly id: string;
  readonly grade: string;
  readonly department: string;
  readonly profession?: string | null;
  readonly region?: string | null;
  readonly topics: readonly string[];
  /** The mentee's own wish about the mentor's profession (a soft preference). */
  readonly professionPreference?: 'same' | 'other' | 'any';
  /** Left unmatched by an earlier run of the same cohort: earns a priority bonus. */
  readonly previouslyUnmatched?: boolean;
}

export interface MentorProfile {
  readonly id: string;
  readonly grade: string;
  readonly department: string;
  readonly profession?: string | null;
  readonly region?: string | null;
  readonly topics: readonly string[];
  readonly capacity: number;
  readonly paused?: boolean;
}

/** A programme's hard rules: a pair that breaks one is not a candidate at all. */
export interface MatchingRules {
  readonly mentorMinimumGrade: string;
  readonly minimumGradeGap: number;
  readonly maximumGradeGap?: number;
  readonly profession: ProfessionRule;
  readonly department: DepartmentRule;
  /** When given, the mentor's department must be one of these. */
  readonly participatingDepartments?: readonly string[];
}

/** Soft preferences, tunable per programme; every weight is a finite number ≥ 0. */
export interface ScoringWeights {
  /** Weight of closeness to the ideal grade gap (1 at the ideal, falling away from it). */
  readonly gradeGap: number;
  readonly idealGradeGap: number;
  readonly professionFit: number;
  /** Weight of the Jaccard overlap of topics (shared / all distinct topics of the two). */
  readonly sharedTopics: number;
  readonly sameRegion: number;
  readonly previouslyUnmatched: number;
}

export const DEFAULT_SCORING_WEIGHTS: ScoringWeights = {
  gradeGap: 0.3,
  idealGradeGap: 2,
  professionFit: 0.2,
  sharedTopics: 0.3,
  sameRegion: 0.1,
  previouslyUnmatched: 0.25,
};

export type PairScore =
  | { readonly allowed: false; readonly reason: string }
  | { readonly allowed: true; readonly score: number; readonly explanation: string[] };
