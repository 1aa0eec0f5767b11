/** A mentee as the assignment engine sees it: only the id matters to the solve. */
export interface MenteeRef {
  readonly id: string;
}

export interface MentorSeats {
  readonly id: string;
  readonly capacity: number;
}

export interface CandidateEdge {
  readonly mentee: string;
  readonly mentor: string;
  readonly score: number;
}

export interface PairRef {
  readonly mentee: string;
  readonly mentor: string;
}

export interface AssignmentInput {
  readonly mentees: readonly MenteeRef[];
  readonly mentors: readonly MentorSeats[];
  readonly edges: readonly CandidateEdge[];
  /** Pairs that must appear in the result (e.g. a lead's manual pairing). */
  readonly locked?: readonly PairRef[];
}

export interface AssignedPair {
  readonly mentee: string;
  readonly mentor: string;
  readonly score: number;
}

/** Field names follow the `match` command's JSON contract. */
export interface AssignmentResult {
  readonly pairs: AssignedPair[];
  readonly unmatched: string[];
  readonly matched: number;
  readonly total_score: number;
}
