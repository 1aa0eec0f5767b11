import { mentorUnavailable, pairBreaksRule, prepareRules } from './hard-rules';
import {
  explainPair,
  professionFits,
  professionWish,
  sharedTopics,
  SoftFacts,
  softScore,
} from './pair-scoring';
import { PersonViews } from './person-views';
import type { MatchingRules, MenteeProfile, MentorProfile, ScoringWeights } from './scoring-types';
import { resolveScoringWeights } from './scoring-weights';
import { TopK } from './top-k';
import { TopicMasks } from './topic-masks';
import type { CandidateEdge, PairRef } from './types';

export interface CandidateOptions {
  /** Keep only each mentee's best K mentors (default 50): enough for an exact solve. */
  readonly maxPerMentee?: number;
  /** Pairs never to propose again, e.g. ones a mentor declined. */
  readonly excludedPairs?: readonly PairRef[];
  /**
   * Attach each kept edge's explanation (default false: for a large cohort, explain only the
   * proposed pairs afterwards with scorePair, as explanations cost far more than scores).
   */
  readonly explain?: boolean;
}

export interface ScoredEdge extends CandidateEdge {
  readonly explanation?: string[];
}

type Scratch = { -readonly [K in keyof SoftFacts]: SoftFacts[K] };

/**
 * Every allowed pair scored, keeping each mentee's top K by score (ties: mentor input
 * order), grouped by mentee in input order, best first. The scan over all mentees × mentors
 * allocates nothing per pair.
 */
export function buildCandidateEdges(
  mentees: readonly MenteeProfile[],
  mentors: readonly MentorProfile[],
  rules: MatchingRules,
  weights: Partial<ScoringWeights> = {},
  options: CandidateOptions = {},
): ScoredEdge[] {
  const prepared = prepareRules(rules);
  const resolved = resolveScoringWeights(weights);
  const keep = Math.max(0, Math.floor(options.maxPerMentee ?? 50));
  const excluded = new Set(
    (options.excludedPairs ?? []).map((p) => `${p.mentee}\u0000${p.mentor}`),
  );
  const masks = new TopicMasks([...mentees.map((m) => m.topics), ...mentors.map((m) => m.topics)]);
  const views = new PersonViews();
  const mentorViews = mentors.map((mentor) => views.view(mentor));
  const available = mentors
    .map((_, m) => m)
    .filter((m) => mentorUnavailable(mentors[m], mentorViews[m], prepared) === null);
  const facts: Scratch = {
    gap: 0,
    professionFit: false,
    sharedTopics: 0,
    distinctTopics: 0,
    sameRegion: false,
    priority: false,
  };
  const edges: ScoredEdge[] = [];

  mentees.forEach((mentee, e) => {
    const view = views.view(mentee);
    const wish = professionWish(mentee, rules);
    const best = new TopK(keep);
    const observe = (m: number): SoftFacts => {
      const b = mentorViews[m];
      facts.gap = b.rank - view.rank;
      facts.professionFit = professionFits(wish, view, b);
      facts.sharedTopics = masks.shared(e, mentees.length + m);
      facts.distinctTopics = masks.size(e) + masks.size(mentees.length + m) - facts.sharedTopics;
      facts.sameRegion = view.region >= 0 && view.region === b.region;
      facts.priority = mentee.previouslyUnmatched === true;
      return facts;
    };
    for (const m of available) {
      if (pairBreaksRule(mentee, mentors[m], view, mentorViews[m], prepared)) continue;
      if (excluded.size > 0 && excluded.has(`${mentee.id}\u0000${mentors[m].id}`)) continue;
      best.offer(softScore(observe(m), resolved), m);
    }
    for (const m of best.sorted()) {
      const mentor = mentors[m];
      const score = softScore(observe(m), resolved);
      if (!options.explain) {
        edges.push({ mentee: mentee.id, mentor: mentor.id, score });
        continue;
      }
      const explanation = explainPair(mentee, mentor, facts, sharedTopics(mentee, mentor));
      edges.push({ mentee: mentee.id, mentor: mentor.id, score, explanation });
    }
  });
  return edges;
}
