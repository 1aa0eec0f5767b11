import { buildCandidateEdges } from '../candidate-edges';
import { scorePair } from '../pair-scoring';
import type { MatchingRules, MenteeProfile, MentorProfile } from '../scoring-types';
import { mulberry32, randomInt } from './mulberry32';

const rules: MatchingRules = {
  mentorMinimumGrade: 'G7',
  minimumGradeGap: 1,
  profession: 'prefer_same',
  department: 'other',
};

const GRADES = ['EO', 'HEO', 'SEO', 'G7', 'G6', 'SCS1'];
const TOPICS = ['networking', 'confidence', 'applications', 'skills', 'job shadowing'];

function people(seed: number): { mentees: MenteeProfile[]; mentors: MentorProfile[] } {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[randomInt(random, 0, items.length - 1)];
  const topics = (): string[] => TOPICS.filter(() => random() < 0.4);
  const mentees = Array.from({ length: 12 }, (_, i) => ({
    id: `e${i}`,
    grade: pick(GRADES.slice(0, 3)),
    department: pick(['HMRC', 'DfE', 'DWP']),
    profession: pick(['policy', 'digital', null]),
    region: pick(['london', 'wales']),
    topics: topics(),
    previouslyUnmatched: random() < 0.2,
  }));
  const mentors = Array.from({ length: 9 }, (_, i) => ({
    id: `m${i}`,
    grade: pick(GRADES.slice(2)),
    department: pick(['HMRC', 'DfE', 'DWP']),
    profession: pick(['policy', 'digital']),
    region: pick(['london', 'wales', null]),
    topics: topics(),
    capacity: randomInt(random, 0, 3),
    paused: random() < 0.1,
  }));
  return { mentees, mentors };
}

describe(buildCandidateEdges.name, () => {
  it('keeps every allowed pair with the same score and explanation as scorePair', () => {
    const { mentees, mentors } = people(7);
    const edges = buildCandidateEdges(
      mentees,
      mentors,
      rules,
      {},
      { maxPerMentee: 100, explain: true },
    );
    const expected = mentees.flatMap((mentee) =>
      mentors.flatMap((mentor) => {
        const scored = scorePair(mentee, mentor, rules);
        return scored.allowed
          ? [
              {
                mentee: mentee.id,
                mentor: mentor.id,
                score: scored.score,
                explanation: scored.explanation,
              },
            ]
          : [];
      }),
    );
    expect(expected.length).toBeGreaterThan(10);
    const byKey = (e: { mentee: string; mentor: string }): string => `${e.mentee}|${e.mentor}`;
    expect([...edges].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual(
      expected.sort((a, b) => byKey(a).localeCompare(byKey(b))),
    );
  });

  it("keeps only each mentee's top K, best first, ties in mentor order", () => {
    const { mentees, mentors } = people(11);
    const all = buildCandidateEdges(mentees, mentors, rules, {}, { maxPerMentee: 100 });
    const top = buildCandidateEdges(mentees, mentors, rules, {}, { maxPerMentee: 2 });
    for (const mentee of mentees) {
      const ranked = all
        .filter((e) => e.mentee === mentee.id)
        .sort((a, b) => b.score - a.score || Number(a.mentor.slice(1)) - Number(b.mentor.slice(1)));
      expect(top.filter((e) => e.mentee === mentee.id)).toEqual(ranked.slice(0, 2));
    }
  });

  it('groups edges by mentee in input order', () => {
    const { mentees, mentors } = people(3);
    const order = buildCandidateEdges(mentees, mentors, rules).map((e) =>
      Number(e.mentee.slice(1)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('leaves explanations out unless asked, keeping the same scores', () => {
    const { mentees, mentors } = people(5);
    const plain = buildCandidateEdges(mentees, mentors, rules);
    const explained = buildCandidateEdges(mentees, mentors, rules, {}, { explain: true });
    expect(plain.some((e) => e.explanation !== undefined)).toBe(false);
    expect(plain).toEqual(explained.map(({ explanation: _dropped, ...edge }) => edge));
  });

  it('leaves out excluded pairs, such as ones a mentor declined', () => {
    const { mentees, mentors } = people(7);
    const [first] = buildCandidateEdges(mentees, mentors, rules);
    const again = buildCandidateEdges(mentees, mentors, rules, {}, { excludedPairs: [first] });
    expect(again.some((e) => e.mentee === first.mentee && e.mentor === first.mentor)).toBe(false);
  });

  it('counts shared topics beyond 32 distinct topics correctly', () => {
    const many = Array.from({ length: 40 }, (_, i) => `topic${i}`);
    const mentee: MenteeProfile = { id: 'e', grade: 'EO', department: 'A', topics: many.slice(30) };
    const mentor: MentorProfile = {
      id: 'm',
      grade: 'G7',
      department: 'B',
      topics: many.slice(0, 35),
      capacity: 1,
    };
    const [edge] = buildCandidateEdges([mentee], [mentor], rules, {}, { explain: true });
    expect(edge.explanation).toContain(
      'Shares 5 topics: topic30, topic31, topic32, topic33, topic34',
    );
    const single = scorePair(mentee, mentor, rules);
    expect(single.allowed && single.score).toBe(edge.score);
  });
});
