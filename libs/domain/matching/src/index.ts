export { solveAssignment } from './lib/assignment';
export { validateAssignmentInput } from './lib/validate-input';
export { MatchingInputError } from './lib/matching-input-error';
export type {
  AssignedPair,
  AssignmentInput,
  AssignmentResult,
  CandidateEdge,
  MenteeRef,
  MentorSeats,
  PairRef,
} from './lib/types';

export { MATCHING_GRADE_ORDER, gradeRank, describeGradeGap } from './lib/grades';
export type { Grade } from './lib/grades';
export { scorePair } from './lib/pair-scoring';
export { buildCandidateEdges } from './lib/candidate-edges';
export type { CandidateOptions, ScoredEdge } from './lib/candidate-edges';
export { resolveScoringWeights } from './lib/scoring-weights';
export { DEFAULT_SCORING_WEIGHTS } from './lib/scoring-types';
export type {
  DepartmentRule,
  MatchingRules,
  MenteeProfile,
  MentorProfile,
  PairScore,
  ProfessionRule,
  ScoringWeights,
} from './lib/scoring-types';

export { fairnessBySebGroup, FAIRNESS_MINIMUM_COUNT, FAIRNESS_SEB_GROUPS } from './lib/fairness';
export type { FairnessMentee, FairnessRow, FairnessSebGroup } from './lib/fairness';
