import { scorePair } from '../pair-scoring';
import type { MatchingRules, MenteeProfile, MentorProfile, PairScore } from '../scoring-types';

const rules: MatchingRules = {
  mentorMinimumGrade: 'G7',
  minimumGradeGap: 1,
  profession: 'any',
  department: 'any',
};

const mentee: MenteeProfile = {
  id: 'e1',
  grade: 'SEO',
  department: 'HMRC',
  profession: 'policy',
  region: 'london',
  topics: ['networking', 'confidence', 'applications'],
};

const mentor: MentorProfile = {
  id: 'm1',
  grade: 'G6',
  department: 'DfE',
  profession: 'digital',
  region: 'wales',
  topics: ['networking', 'confidence'],
  capacity: 2,
};

function reasonOf(result: PairScore): string {
  if (result.allowed) throw new Error('expected the pair to be removed');
  return result.reason;
}

function scoreOf(result: PairScore): number {
  if (!result.allowed) throw new Error(`expected an allowed pair: ${result.reason}`);
  return result.score;
}

describe(scorePair.name, () => {
  describe('hard rules', () => {
    it.each<
      [string, Partial<MenteeProfile>, Partial<MentorProfile>, Partial<MatchingRules>, string]
    >([
      [
        'a mentor below the minimum grade',
        {},
        { grade: 'SEO' },
        { minimumGradeGap: -5 },
        'Mentor grade SEO is below the minimum G7',
      ],
      [
        'a grade gap below the minimum',
        {},
        { grade: 'G7' },
        { minimumGradeGap: 2 },
        'Mentor is 1 grade above (SEO → G7); the programme requires at least 2 above',
      ],
      [
        'a grade gap above the maximum',
        {},
        { grade: 'SCS2' },
        { maximumGradeGap: 3 },
        'Mentor is 4 grades above (SEO → SCS2); the programme allows at most 3 above',
      ],
      [
        'a different department when the rule says same',
        {},
        {},
        { department: 'same' },
        'the programme requires the same department',
      ],
      [
        'the same department when the rule says other',
        {},
        { department: 'HMRC' },
        { department: 'other' },
        'Same department (HMRC); the programme requires a different department',
      ],
      [
        'a mentor outside the participating departments',
        {},
        {},
        { participatingDepartments: ['HMRC'] },
        "Mentor's department DfE is not taking part",
      ],
      [
        'a different profession when the rule says same',
        {},
        {},
        { profession: 'same' },
        'Different professions (policy, digital); the programme requires the same profession',
      ],
      [
        'the same profession when the rule says other',
        {},
        { profession: 'policy' },
        { profession: 'other' },
        'Same profession (policy); the programme requires a different profession',
      ],
      [
        'an unrecorded profession when the rule needs one',
        { profession: null },
        {},
        { profession: 'other' },
        'Profession not recorded',
      ],
      ['a paused mentor', {}, { paused: true }, {}, 'Mentor has paused their availability'],
      ['a mentor with no capacity', {}, { capacity: 0 }, {}, 'Mentor has no capacity'],
      ['the same person on both sides', {}, { id: 'e1' }, {}, 'A person cannot mentor themselves'],
      ['an unknown grade', { grade: 'G5' }, {}, {}, 'Grade not recognised (mentee G5, mentor G6)'],
    ])('removes %s, saying which rule', (_case, menteeChange, mentorChange, ruleChange, reason) => {
      const result = scorePair(
        { ...mentee, ...menteeChange },
        { ...mentor, ...mentorChange },
        { ...rules, ...ruleChange },
      );
      expect(reasonOf(result)).toContain(reason);
    });

    it('allows a pair that meets every rule', () => {
      const strict: MatchingRules = { ...rules, department: 'other', maximumGradeGap: 3 };
      expect(scorePair(mentee, mentor, strict).allowed).toBe(true);
    });

    it('rejects an unknown programme minimum grade', () => {
      expect(() => scorePair(mentee, mentor, { ...rules, mentorMinimumGrade: 'G5' })).toThrow(
        'rules.mentorMinimumGrade: unknown grade "G5"',
      );
    });
  });

  describe('soft preferences', () => {
    it('explains the grade gap, department and shared topics in short sentences', () => {
      const result = scorePair(mentee, mentor, rules);
      expect(result).toEqual({
        allowed: true,
        score: expect.any(Number),
        explanation: [
          'Mentor is 2 grades above (SEO → G6)',
          'Different department (HMRC → DfE)',
          'Shares 2 topics: networking, confidence',
        ],
      });
    });

    it('weights grade gap closeness to the ideal gap, topic overlap (Jaccard) and region', () => {
      const weights = {
        gradeGap: 1,
        idealGradeGap: 2,
        professionFit: 0,
        sharedTopics: 3,
        sameRegion: 0.5,
        previouslyUnmatched: 0,
      };
      // Gap 2 is ideal (1); 2 shared of 3 distinct topics (2/3 × 3 = 2); regions differ.
      expect(scoreOf(scorePair(mentee, mentor, rules, weights))).toBeCloseTo(3, 6);
      const nearby = { ...mentor, region: 'london', grade: 'SCS1' };
      // Gap 3: closeness 1/2; same region adds 0.5.
      expect(scoreOf(scorePair(mentee, nearby, rules, weights))).toBeCloseTo(0.5 + 2 + 0.5, 6);
    });

    it('rewards the same profession when the programme prefers it', () => {
      const same = { ...mentor, profession: 'policy' };
      const preferSame = { ...rules, profession: 'prefer_same' as const };
      const result = scorePair(mentee, same, preferSame, { professionFit: 1 });
      expect(
        scoreOf(result) - scoreOf(scorePair(mentee, mentor, preferSame, { professionFit: 1 })),
      ).toBeCloseTo(1, 6);
      expect(result.allowed && result.explanation).toContain('Same profession (policy)');
    });

    it("follows the mentee's own wish for a different profession", () => {
      const wantsOther = { ...mentee, professionPreference: 'other' as const };
      const result = scorePair(wantsOther, mentor, rules, { professionFit: 1 });
      expect(result.allowed && result.explanation).toContain(
        'Different profession (policy → digital), as the mentee asked',
      );
      expect(
        scoreOf(result) - scoreOf(scorePair(mentee, mentor, rules, { professionFit: 1 })),
      ).toBeCloseTo(1, 6);
    });

    it('gives mentees left unmatched last time a priority bonus', () => {
      const waiting = { ...mentee, previouslyUnmatched: true };
      const bonus =
        scoreOf(scorePair(waiting, mentor, rules)) - scoreOf(scorePair(mentee, mentor, rules));
      expect(bonus).toBeCloseTo(0.25, 6);
      const result = scorePair(waiting, mentor, rules);
      expect(result.allowed && result.explanation).toContain(
        'Priority: left unmatched in the previous matching run',
      );
    });

    it('keeps scores finite and non-negative with zero weights', () => {
      const zero = {
        gradeGap: 0,
        professionFit: 0,
        sharedTopics: 0,
        sameRegion: 0,
        previouslyUnmatched: 0,
      };
      expect(
        scoreOf(scorePair({ ...mentee, topics: [] }, { ...mentor, topics: [] }, rules, zero)),
      ).toBe(0);
    });

    it('rejects a negative or non-finite weight, naming it', () => {
      expect(() => scorePair(mentee, mentor, rules, { sameRegion: -1 })).toThrow(
        'weights.sameRegion: expected a finite number ≥ 0, got -1',
      );
      expect(() => scorePair(mentee, mentor, rules, { sharedTopics: NaN })).toThrow(
        'weights.sharedTopics',
      );
    });
  });
});
