import type { ScoringWeights } from '@pathways/domain-matching';
import {
  AssignmentInput,
  buildCandidateEdges,
  CandidateEdge,
  MatchingRules,
  MenteeProfile,
  MentorProfile,
  PairRef,
} from '@pathways/domain-matching';
import type { Preference } from '../rules/vocabulary';

interface PersonFacts {
  readonly gradeCode: string;
  readonly departmentCode: string;
  readonly professionCode: string | null;
  readonly regionCode: string | null;
}

export interface PoolMentee {
  readonly applicationId: string;
  readonly personId: string;
  readonly person: PersonFacts;
  readonly topics: readonly string[];
  readonly professionPreference: Preference;
  readonly departmentPreference: Preference;
  readonly region: string | null;
  readonly previouslyUnmatched: boolean;
}

export interface PoolMentor {
  readonly offerId: string;
  readonly personId: string;
  readonly person: PersonFacts;
  readonly capacity: number;
  readonly topics: readonly string[];
  readonly professions: readonly string[];
  readonly paused: boolean;
}

/** A pair the run must keep: accepted, active, in flight, or paired by hand. */
export interface KeptPair {
  readonly applicationId: string;
  readonly offerId: string;
  readonly score: number;
}

export interface MatchingPool {
  readonly mentees: readonly PoolMentee[];
  readonly mentors: readonly PoolMentor[];
  readonly kept: readonly KeptPair[];
  /** Pairs never to propose again (declined, or returned unanswered). */
  readonly excluded: readonly PairRef[];
  readonly rules: MatchingRules;
  readonly weights: Partial<ScoringWeights>;
}

export interface PreparedMatching {
  readonly input: AssignmentInput;
  /** Profiles by application / offer id, as scorePair needs them to explain a pair. */
  readonly menteeProfiles: ReadonlyMap<string, MenteeProfile>;
  readonly mentorProfiles: ReadonlyMap<string, MentorProfile>;
}

/**
 * The engine's input for a cohort: engine ids are application and offer ids. Kept pairs are
 * locked (their mentees get no other edges; a mentor's kept pairs use up seats first, and a
 * paused mentor keeps them but gets no new ones). A mentee's department preference is
 * honoured as a requirement, and nobody is proposed to themself.
 */
export function prepareMatching(pool: MatchingPool): PreparedMatching {
  const known = {
    mentees: new Set(pool.mentees.map((m) => m.applicationId)),
    mentors: new Set(pool.mentors.map((m) => m.offerId)),
  };
  const kept = pool.kept.filter(
    (pair) => known.mentees.has(pair.applicationId) && known.mentors.has(pair.offerId),
  );
  const keptMentees = new Set(kept.map((pair) => pair.applicationId));
  const seatsKept = new Map<string, number>();
  for (const pair of kept) seatsKept.set(pair.offerId, (seatsKept.get(pair.offerId) ?? 0) + 1);

  const menteeProfiles = new Map(pool.mentees.map((m) => [m.applicationId, menteeProfile(m)]));
  const mentorProfiles = new Map(pool.mentors.map((m) => [m.offerId, mentorProfile(m)]));
  const openMentees = pool.mentees
    .filter((m) => !keptMentees.has(m.applicationId))
    .map((m) => menteeProfile(m));
  const seatsLeft = pool.mentors.map((m): MentorProfile => ({
    ...mentorProfile(m),
    capacity: Math.max(0, m.capacity - (seatsKept.get(m.offerId) ?? 0)),
  }));
  const edges: CandidateEdge[] = buildCandidateEdges(
    openMentees,
    seatsLeft,
    pool.rules,
    pool.weights,
    {
      excludedPairs: [...pool.excluded, ...unwantedPairs(pool)],
    },
  );
  const lockedEdges = kept.map((pair) => ({
    mentee: pair.applicationId,
    mentor: pair.offerId,
    score: pair.score,
  }));
  return {
    input: {
      mentees: pool.mentees.map((m) => ({ id: m.applicationId })),
      mentors: pool.mentors.map((m) => {
        const taken = seatsKept.get(m.offerId) ?? 0;
        return { id: m.offerId, capacity: m.paused ? taken : Math.max(m.capacity, taken) };
      }),
      edges: [...edges, ...lockedEdges],
      locked: lockedEdges.map(({ mentee, mentor }) => ({ mentee, mentor })),
    },
    menteeProfiles,
    mentorProfiles,
  };
}

export function menteeProfile(mentee: PoolMentee): MenteeProfile {
  return {
    id: mentee.applicationId,
    grade: mentee.person.gradeCode,
    department: mentee.person.departmentCode,
    profession: mentee.person.professionCode,
    region: mentee.region ?? mentee.person.regionCode,
    topics: mentee.topics,
    professionPreference: mentee.professionPreference,
    previouslyUnmatched: mentee.previouslyUnmatched,
  };
}

/** For explanations: capacity and pause do not change what a pair has in common. */
export function mentorProfile(mentor: PoolMentor): MentorProfile {
  return {
    id: mentor.offerId,
    grade: mentor.person.gradeCode,
    department: mentor.person.departmentCode,
    profession: mentor.person.professionCode ?? mentor.professions[0] ?? null,
    region: mentor.person.regionCode,
    topics: mentor.topics,
    capacity: Math.max(1, mentor.capacity),
    paused: mentor.paused,
  };
}

function unwantedPairs(pool: MatchingPool): PairRef[] {
  const pairs: PairRef[] = [];
  for (const mentee of pool.mentees) {
    for (const mentor of pool.mentors) {
      const sameDepartment = mentee.person.departmentCode === mentor.person.departmentCode;
      if (
        mentee.personId === mentor.personId ||
        (mentee.departmentPreference === 'same' && !sameDepartment) ||
        (mentee.departmentPreference === 'other' && sameDepartment)
      ) {
        pairs.push({ mentee: mentee.applicationId, mentor: mentor.offerId });
      }
    }
  }
  return pairs;
}
