import { solveTransport, TransportProblem } from '../min-cost-flow';
import { mulberry32, randomInt } from './mulberry32';

interface Medium {
  readonly mentees: number;
  readonly capacity: Int32Array;
  readonly edgeMentee: Int32Array;
  readonly edgeMentor: Int32Array;
  readonly edgeScore: Float64Array;
}

/** Instances too big for brute force, with a few popular mentors to force long paths. */
function mediumInstance(seed: number): Medium {
  const random = mulberry32(seed);
  const mentees = randomInt(random, 20, 60);
  const mentors = randomInt(random, 5, 30);
  const capacity = Int32Array.from({ length: mentors }, () => randomInt(random, 0, 4));
  const em: number[] = [];
  const et: number[] = [];
  const es: number[] = [];
  for (let e = 0; e < mentees; e++) {
    const chosen = new Set<number>();
    for (let k = randomInt(random, 0, 6); k > 0; k--) {
      chosen.add(random() < 0.5 ? randomInt(random, 0, 2) : randomInt(random, 0, mentors - 1));
    }
    for (const m of chosen) {
      em.push(e);
      et.push(m);
      es.push(randomInt(random, 0, 8) / 4);
    }
  }
  return {
    mentees,
    capacity,
    edgeMentee: Int32Array.from(em),
    edgeMentor: Int32Array.from(et),
    edgeScore: Float64Array.from(es),
  };
}

function solveBothWays(m: Medium): [number, number][] {
  const menteeUnits = new Int32Array(m.mentees).fill(1);
  const mentorsAsRows: TransportProblem = {
    rowCount: m.capacity.length,
    colCount: m.mentees,
    rowSupply: m.capacity,
    colCapacity: menteeUnits,
    edgeRow: m.edgeMentor,
    edgeCol: m.edgeMentee,
    edgeScore: m.edgeScore,
  };
  const menteesAsRows: TransportProblem = {
    rowCount: m.mentees,
    colCount: m.capacity.length,
    rowSupply: menteeUnits,
    colCapacity: m.capacity,
    edgeRow: m.edgeMentee,
    edgeCol: m.edgeMentor,
    edgeScore: m.edgeScore,
  };
  return [solveTransport(mentorsAsRows), solveTransport(menteesAsRows)].map((flow) => {
    let placed = 0;
    let score = 0;
    flow.forEach((f, e) => {
      placed += f;
      score += f * m.edgeScore[e];
    });
    return [placed, score];
  });
}

describe(solveTransport.name, () => {
  it('reaches the same optimum from either side on medium instances', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const [fromMentors, fromMentees] = solveBothWays(mediumInstance(seed));
      const same =
        fromMentors[0] === fromMentees[0] && Math.abs(fromMentors[1] - fromMentees[1]) < 1e-9;
      if (!same) failures.push(`seed ${seed}: ${fromMentors} vs ${fromMentees}`);
    }
    expect(failures).toEqual([]);
  });

  it('lets one row take both columns when that scores more at the same count', () => {
    const problem: TransportProblem = {
      rowCount: 2,
      colCount: 2,
      rowSupply: Int32Array.of(1, 2),
      colCapacity: Int32Array.of(1, 1),
      edgeRow: Int32Array.of(0, 1, 1),
      edgeCol: Int32Array.of(0, 0, 1),
      edgeScore: Float64Array.of(1, 5, 1),
    };
    expect(Array.from(solveTransport(problem))).toEqual([0, 1, 1]);
  });
});
