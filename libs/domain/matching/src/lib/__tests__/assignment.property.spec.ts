import { solveAssignment } from '../assignment';
import { bruteForceOptimum } from './brute-force';
import { assignmentProblems } from './expect-valid-assignment';
import { mulberry32 } from './mulberry32';
import { randomInstance } from './random-instance';

const INSTANCES = 4000;

describe(solveAssignment.name, () => {
  describe('on random small instances (ties, zero capacity, locks, isolated mentees)', () => {
    const seeds = Array.from({ length: INSTANCES }, (_, i) => 1000 + i);

    it('matches as many mentees as brute force, with the same best total score', () => {
      const failures: string[] = [];
      for (const seed of seeds) {
        const input = randomInstance(mulberry32(seed));
        const result = solveAssignment(input);
        const best = bruteForceOptimum(input);
        if (
          result.matched !== best.matched ||
          Math.abs(result.total_score - best.totalScore) > 1e-9
        ) {
          failures.push(
            `seed ${seed}: got ${result.matched}/${result.total_score}, ` +
              `optimum ${best.matched}/${best.totalScore}`,
          );
        }
      }
      expect(failures).toEqual([]);
    });

    it('returns a valid assignment: edges, capacities, locked pairs, consistent totals', () => {
      const failures: string[] = [];
      for (const seed of seeds) {
        const input = randomInstance(mulberry32(seed));
        const problems = assignmentProblems(input, solveAssignment(input));
        if (problems.length > 0) failures.push(`seed ${seed}: ${problems.join('; ')}`);
      }
      expect(failures).toEqual([]);
    });

    it('returns the same output when solving the same input twice', () => {
      const failures: number[] = [];
      for (const seed of seeds) {
        const input = randomInstance(mulberry32(seed));
        const first = JSON.stringify(solveAssignment(input));
        if (JSON.stringify(solveAssignment(input)) !== first) failures.push(seed);
      }
      expect(failures).toEqual([]);
    });
  });

  it('generates instances that cover the awkward cases', () => {
    const instances = Array.from({ length: INSTANCES }, (_, i) =>
      randomInstance(mulberry32(1000 + i)),
    );
    const covered = (test: (input: (typeof instances)[number]) => boolean): number =>
      instances.filter(test).length;
    expect(covered((i) => i.mentors.some((m) => m.capacity === 0))).toBeGreaterThan(100);
    expect(covered((i) => (i.locked ?? []).length > 0)).toBeGreaterThan(100);
    expect(
      covered((i) => i.mentees.some((m) => !i.edges.some((e) => e.mentee === m.id))),
    ).toBeGreaterThan(100);
    expect(
      covered((i) => new Set(i.edges.map((e) => e.score)).size < i.edges.length),
    ).toBeGreaterThan(100);
    expect(covered((i) => i.mentees.length === 6 && i.mentors.length === 4)).toBeGreaterThan(50);
  });
});
