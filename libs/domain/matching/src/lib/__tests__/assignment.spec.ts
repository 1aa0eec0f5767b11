import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { solveAssignment } from '../assignment';
import { MatchingInputError } from '../matching-input-error';
import type { AssignmentInput } from '../types';
import { validateAssignmentInput } from '../validate-input';
import { assignmentProblems } from './expect-valid-assignment';

// The repository root's sibling `shared/` holds the contract's worked examples.
const examples = resolve(__dirname, '../../../../../../../shared/spec/examples');

function loadExample(name: string): { input: AssignmentInput; expected: Record<string, number> } {
  const read = (file: string): unknown => JSON.parse(readFileSync(resolve(examples, file), 'utf8'));
  const expected = read(`${name}.expected.json`) as Record<string, number>;
  return { input: validateAssignmentInput(read(`${name}.json`)), expected };
}

describe(solveAssignment.name, () => {
  describe('shared examples', () => {
    it.each(['match-small', 'match-greedy-trap'])('reaches the optimum given for %s', (name) => {
      const { input, expected } = loadExample(name);
      const result = solveAssignment(input);
      expect(result.matched).toBe(expected['matched']);
      expect(Math.abs(result.total_score - expected['total_score'])).toBeLessThan(1e-6);
      expect(assignmentProblems(input, result)).toEqual([]);
    });
  });

  it('gives up the best-scoring pair when taking it first would leave a mentee unmatched', () => {
    const input: AssignmentInput = {
      mentees: [{ id: 'a' }, { id: 'b' }],
      mentors: [
        { id: 'x', capacity: 1 },
        { id: 'y', capacity: 1 },
      ],
      edges: [
        { mentee: 'a', mentor: 'x', score: 1 },
        { mentee: 'a', mentor: 'y', score: 0.1 },
        { mentee: 'b', mentor: 'x', score: 0.2 },
      ],
    };
    expect(solveAssignment(input)).toEqual({
      pairs: [
        { mentee: 'a', mentor: 'y', score: 0.1 },
        { mentee: 'b', mentor: 'x', score: 0.2 },
      ],
      unmatched: [],
      matched: 2,
      total_score: 0.30000000000000004,
    });
  });

  it('prefers one more match over a higher total score', () => {
    const input: AssignmentInput = {
      mentees: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      mentors: [{ id: 'x', capacity: 2 }],
      edges: [
        { mentee: 'a', mentor: 'x', score: 100 },
        { mentee: 'b', mentor: 'x', score: 0 },
        { mentee: 'c', mentor: 'x', score: 0 },
      ],
    };
    const result = solveAssignment(input);
    expect(result.matched).toBe(2);
    expect(result.total_score).toBe(100);
  });

  it('keeps locked pairs even when they lower the score, and fills the rest optimally', () => {
    const input: AssignmentInput = {
      mentees: [{ id: 'a' }, { id: 'b' }],
      mentors: [
        { id: 'x', capacity: 1 },
        { id: 'y', capacity: 1 },
      ],
      edges: [
        { mentee: 'a', mentor: 'x', score: 0.9 },
        { mentee: 'a', mentor: 'y', score: 0.2 },
        { mentee: 'b', mentor: 'x', score: 0.8 },
        { mentee: 'b', mentor: 'y', score: 0.1 },
      ],
      locked: [{ mentee: 'a', mentor: 'y' }],
    };
    expect(solveAssignment(input).pairs).toEqual([
      { mentee: 'a', mentor: 'y', score: 0.2 },
      { mentee: 'b', mentor: 'x', score: 0.8 },
    ]);
  });

  it('leaves mentees without edges or with only full mentors unmatched, in input order', () => {
    const input: AssignmentInput = {
      mentees: [{ id: 'c' }, { id: 'a' }, { id: 'b' }],
      mentors: [
        { id: 'x', capacity: 0 },
        { id: 'y', capacity: 1 },
      ],
      edges: [
        { mentee: 'a', mentor: 'x', score: 1 },
        { mentee: 'b', mentor: 'y', score: 0.5 },
      ],
    };
    const result = solveAssignment(input);
    expect(result.unmatched).toEqual(['c', 'a']);
    expect(result.pairs).toEqual([{ mentee: 'b', mentor: 'y', score: 0.5 }]);
  });

  it('breaks ties between equally good mentees or mentors by input order', () => {
    const menteesTie: AssignmentInput = {
      mentees: [{ id: 'b' }, { id: 'a' }],
      mentors: [{ id: 'x', capacity: 1 }],
      edges: [
        { mentee: 'a', mentor: 'x', score: 0.5 },
        { mentee: 'b', mentor: 'x', score: 0.5 },
      ],
    };
    expect(solveAssignment(menteesTie).pairs).toEqual([{ mentee: 'b', mentor: 'x', score: 0.5 }]);
    const mentorsTie: AssignmentInput = {
      mentees: [{ id: 'a' }],
      mentors: [
        { id: 'y', capacity: 1 },
        { id: 'x', capacity: 1 },
      ],
      edges: [
        { mentee: 'a', mentor: 'x', score: 0.5 },
        { mentee: 'a', mentor: 'y', score: 0.5 },
      ],
    };
    expect(solveAssignment(mentorsTie).pairs).toEqual([{ mentee: 'a', mentor: 'y', score: 0.5 }]);
  });

  it('returns an empty result for an empty input', () => {
    expect(solveAssignment({ mentees: [], mentors: [], edges: [] })).toEqual({
      pairs: [],
      unmatched: [],
      matched: 0,
      total_score: 0,
    });
  });

  it('throws a MatchingInputError naming an unknown mentor id in an edge', () => {
    const input: AssignmentInput = {
      mentees: [{ id: 'a' }],
      mentors: [],
      edges: [{ mentee: 'a', mentor: 'ghost', score: 1 }],
    };
    expect(() => solveAssignment(input)).toThrow(MatchingInputError);
    expect(() => solveAssignment(input)).toThrow('edges[0].mentor: unknown id "ghost"');
  });

  it('throws when a locked pair is not an edge', () => {
    const input: AssignmentInput = {
      mentees: [{ id: 'a' }],
      mentors: [{ id: 'x', capacity: 1 }],
      edges: [],
      locked: [{ mentee: 'a', mentor: 'x' }],
    };
    expect(() => solveAssignment(input)).toThrow('locked: a → x is not an edge');
  });
});
