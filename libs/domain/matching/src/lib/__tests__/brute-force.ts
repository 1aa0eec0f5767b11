import type { AssignmentInput } from '../types';

export interface BruteForceOptimum {
  readonly matched: number;
  readonly totalScore: number;
}

/**
 * Independent oracle: tries every way of giving each mentee one of its edges or nothing,
 * keeping capacities and locked pairs, and returns the lexicographic best (matched, score).
 */
export function bruteForceOptimum(input: AssignmentInput): BruteForceOptimum {
  const load = new Map(input.mentors.map((m) => [m.id, 0]));
  const capacity = new Map(input.mentors.map((m) => [m.id, m.capacity]));
  const locked = new Map((input.locked ?? []).map((p) => [p.mentee, p.mentor]));
  const options = input.mentees.map((mentee) => {
    const edges = input.edges.filter((e) => e.mentee === mentee.id);
    const lockedMentor = locked.get(mentee.id);
    return lockedMentor === undefined
      ? [null, ...edges]
      : edges.filter((e) => e.mentor === lockedMentor);
  });
  let best: BruteForceOptimum = { matched: -1, totalScore: -Infinity };

  const visit = (index: number, matched: number, score: number): void => {
    if (index === options.length) {
      const better =
        matched > best.matched || (matched === best.matched && score > best.totalScore);
      if (better) best = { matched, totalScore: score };
      return;
    }
    for (const edge of options[index]) {
      if (edge === null) {
        visit(index + 1, matched, score);
        continue;
      }
      const used = load.get(edge.mentor) ?? 0;
      if (used >= (capacity.get(edge.mentor) ?? 0)) continue;
      load.set(edge.mentor, used + 1);
      visit(index + 1, matched + 1, score + edge.score);
      load.set(edge.mentor, used);
    }
  };
  visit(0, 0, 0);
  return best;
}
