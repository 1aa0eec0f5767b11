import type { AssignmentInput, CandidateEdge, PairRef } from '../types';
import { randomInt } from './mulberry32';

// A few repeated values make ties (and 0.1 + 0.2 style rounding) common.
const SCORE_POOL = [0, 0.1, 0.2, 0.3, 0.25, 0.5, 0.5, 1, 1, 0.7];

/** Small random instance: ties, zero capacities, isolated mentees and valid locked pairs. */
export function randomInstance(random: () => number): AssignmentInput {
  const mentees = Array.from({ length: randomInt(random, 0, 6) }, (_, i) => ({ id: `e${i}` }));
  const mentors = Array.from({ length: randomInt(random, 1, 4) }, (_, i) => ({
    id: `m${i}`,
    capacity: randomInt(random, 0, 3),
  }));
  const density = random();
  const edges: CandidateEdge[] = [];
  for (const mentee of mentees) {
    for (const mentor of mentors) {
      if (random() >= density) continue;
      const score =
        random() < 0.6 ? SCORE_POOL[randomInt(random, 0, SCORE_POOL.length - 1)] : random();
      edges.push({ mentee: mentee.id, mentor: mentor.id, score });
    }
  }
  return {
    mentees,
    mentors,
    edges: shuffle(edges, random),
    locked: randomLocks(edges, mentors, random),
  };
}

function randomLocks(
  edges: readonly CandidateEdge[],
  mentors: readonly { id: string; capacity: number }[],
  random: () => number,
): PairRef[] {
  if (random() < 0.5) return [];
  const seatsLeft = new Map(mentors.map((m) => [m.id, m.capacity]));
  const lockedMentees = new Set<string>();
  const locked: PairRef[] = [];
  for (const edge of edges) {
    if (random() > 0.2 || lockedMentees.has(edge.mentee)) continue;
    const seats = seatsLeft.get(edge.mentor) ?? 0;
    if (seats <= 0) continue;
    seatsLeft.set(edge.mentor, seats - 1);
    lockedMentees.add(edge.mentee);
    locked.push({ mentee: edge.mentee, mentor: edge.mentor });
  }
  return locked;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(random, 0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
