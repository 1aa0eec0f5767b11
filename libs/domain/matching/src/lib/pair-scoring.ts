import { describeGradeGap } from './grades';
import { describeBrokenRule, firstBrokenRule, prepareRules } from './hard-rules';
import { PersonView, PersonViews } from './person-views';
import type {
  MatchingRules,
  MenteeProfile,
  MentorProfile,
  PairScore,
  ScoringWeights,
} from './scoring-types';
import { resolveScoringWeights } from './scoring-weights';

/** What the soft preferences look at for one allowed pair. */
export interface SoftFacts {
  readonly gap: number;
  readonly professionFit: boolean;
  readonly sharedTopics: number;
  readonly distinctTopics: number;
  readonly sameRegion: boolean;
  readonly priority: boolean;
}

/**
 * Scores an allowed pair, or says which hard rule removes it. The score is a weighted sum of
 * soft preferences (finite, ≥ 0, rounded to 6 decimals); the explanation lists what it met.
 */
export function scorePair(
  mentee: MenteeProfile,
  mentor: MentorProfile,
  rules: MatchingRules,
  weights: Partial<ScoringWeights> = {},
): PairScore {
  const prepared = prepareRules(rules);
  const views = new PersonViews();
  const [a, b] = [views.view(mentee), views.view(mentor)];
  const broken = firstBrokenRule(mentee, mentor, a, b, prepared);
  if (broken)
    return { allowed: false, reason: describeBrokenRule(broken, mentee, mentor, prepared) };
  const shared = sharedTopics(mentee, mentor);
  const facts: SoftFacts = {
    gap: b.rank - a.rank,
    professionFit: professionFits(professionWish(mentee, rules), a, b),
    sharedTopics: shared.length,
    distinctTopics: new Set([...mentee.topics, ...mentor.topics]).size,
    sameRegion: a.region >= 0 && a.region === b.region,
    priority: mentee.previouslyUnmatched === true,
  };
  const score = softScore(facts, resolveScoringWeights(weights));
  return { allowed: true, score, explanation: explainPair(mentee, mentor, facts, shared) };
}

/** The mentee's own profession wish wins; otherwise a 'prefer_same' programme rule applies. */
export function professionWish(
  mentee: MenteeProfile,
  rules: MatchingRules,
): 'same' | 'other' | null {
  const own = mentee.professionPreference;
  if (own && own !== 'any') return own;
  return rules.profession === 'prefer_same' ? 'same' : null;
}

export function professionFits(
  wish: 'same' | 'other' | null,
  a: PersonView,
  b: PersonView,
): boolean {
  if (!wish || a.profession < 0 || b.profession < 0) return false;
  return (a.profession === b.profession) === (wish === 'same');
}

export function sharedTopics(mentee: MenteeProfile, mentor: MentorProfile): string[] {
  const mentorTopics = new Set(mentor.topics);
  return [...new Set(mentee.topics)].filter((topic) => mentorTopics.has(topic));
}

export function softScore(facts: SoftFacts, weights: ScoringWeights): number {
  const closeness = 1 / (1 + Math.abs(facts.gap - weights.idealGradeGap));
  const overlap = facts.distinctTopics > 0 ? facts.sharedTopics / facts.distinctTopics : 0;
  const raw =
    weights.gradeGap * closeness +
    (facts.professionFit ? weights.professionFit : 0) +
    weights.sharedTopics * overlap +
    (facts.sameRegion ? weights.sameRegion : 0) +
    (facts.priority ? weights.previouslyUnmatched : 0);
  return Math.round(raw * 1e6) / 1e6;
}

export function explainPair(
  mentee: MenteeProfile,
  mentor: MentorProfile,
  facts: SoftFacts,
  shared: readonly string[],
): string[] {
  const lines = [`Mentor is ${describeGradeGap(mentee.grade, mentor.grade, facts.gap)}`];
  if (mentee.profession && mentee.profession === mentor.profession) {
    lines.push(`Same profession (${mentor.profession})`);
  } else if (facts.professionFit) {
    lines.push(
      `Different profession (${mentee.profession} → ${mentor.profession}), as the mentee asked`,
    );
  }
  lines.push(
    mentee.department === mentor.department
      ? `Same department (${mentor.department})`
      : `Different department (${mentee.department} → ${mentor.department})`,
  );
  if (shared.length > 0) {
    const count = shared.length === 1 ? '1 topic' : `${shared.length} topics`;
    lines.push(`Shares ${count}: ${shared.join(', ')}`);
  }
  if (facts.sameRegion) lines.push(`Same region (${mentor.region})`);
  if (facts.priority) lines.push('Priority: left unmatched in the previous matching run');
  return lines;
}
