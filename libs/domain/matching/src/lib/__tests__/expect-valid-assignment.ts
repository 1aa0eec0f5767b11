import type { AssignmentInput, AssignmentResult } from '../types';

/**
 * Every listed problem with a result for this input: pairs are edges with their scores, each
 * mentee at most once and in input order, capacities kept, locked pairs present, and the
 * unmatched list, count and total consistent with the pairs.
 */
export function assignmentProblems(input: AssignmentInput, result: AssignmentResult): string[] {
  const problems: string[] = [];
  const edges = new Map(input.edges.map((e) => [`${e.mentee}|${e.mentor}`, e.score]));
  const position = new Map(input.mentees.map((m, i) => [m.id, i]));
  const load = new Map<string, number>();
  let previous = -1;
  let total = 0;
  for (const pair of result.pairs) {
    const score = edges.get(`${pair.mentee}|${pair.mentor}`);
    if (score === undefined) problems.push(`not an edge: ${pair.mentee}-${pair.mentor}`);
    else if (score !== pair.score) problems.push(`wrong score on ${pair.mentee}-${pair.mentor}`);
    const at = position.get(pair.mentee) ?? -1;
    if (at <= previous) problems.push(`mentee ${pair.mentee} repeated or out of input order`);
    previous = at;
    load.set(pair.mentor, (load.get(pair.mentor) ?? 0) + 1);
    total += pair.score;
  }
  for (const mentor of input.mentors) {
    if ((load.get(mentor.id) ?? 0) > mentor.capacity) problems.push(`over capacity: ${mentor.id}`);
  }
  const paired = new Set(result.pairs.map((p) => `${p.mentee}|${p.mentor}`));
  for (const lock of input.locked ?? []) {
    if (!paired.has(`${lock.mentee}|${lock.mentor}`)) {
      problems.push(`locked pair missing: ${lock.mentee}-${lock.mentor}`);
    }
  }
  const matchedMentees = new Set(result.pairs.map((p) => p.mentee));
  const expectedUnmatched = input.mentees.map((m) => m.id).filter((id) => !matchedMentees.has(id));
  if (JSON.stringify(expectedUnmatched) !== JSON.stringify(result.unmatched)) {
    problems.push('unmatched is not the other mentees in input order');
  }
  if (result.matched !== result.pairs.length) problems.push('matched is not the number of pairs');
  if (Math.abs(result.total_score - total) > 1e-9) problems.push('total_score is not the sum');
  return problems;
}
