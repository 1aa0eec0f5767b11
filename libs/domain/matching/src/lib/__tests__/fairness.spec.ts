import { fairnessBySebGroup, FairnessMentee } from '../fairness';
import type { AssignedPair } from '../types';

function cohort(counts: Record<string, [number, number]>): {
  mentees: FairnessMentee[];
  pairs: AssignedPair[];
} {
  const mentees: FairnessMentee[] = [];
  const pairs: AssignedPair[] = [];
  for (const [group, [total, matched]] of Object.entries(counts)) {
    for (let i = 0; i < total; i++) {
      const id = `${group}-${i}`;
      mentees.push({ id, sebGroup: group });
      if (i < matched) pairs.push({ mentee: id, mentor: 'm', score: i % 2 === 0 ? 1 : 0.5 });
    }
  }
  return { mentees, pairs };
}

describe(fairnessBySebGroup.name, () => {
  it('reports mentees, matched, match rate and mean score per SEB group, then all', () => {
    const { mentees, pairs } = cohort({
      professional: [10, 10],
      intermediate: [12, 6],
      lower: [20, 4],
      unknown: [0, 0],
    });
    expect(fairnessBySebGroup(mentees, { pairs })).toEqual([
      {
        sebGroup: 'professional',
        suppressed: false,
        mentees: 10,
        matched: 10,
        matchRate: 1,
        meanScore: 0.75,
      },
      {
        sebGroup: 'intermediate',
        suppressed: false,
        mentees: 12,
        matched: 6,
        matchRate: 0.5,
        meanScore: 0.75,
      },
      {
        sebGroup: 'lower',
        suppressed: false,
        mentees: 20,
        matched: 4,
        matchRate: 0.2,
        meanScore: 0.75,
      },
      {
        sebGroup: 'unknown',
        suppressed: false,
        mentees: 0,
        matched: 0,
        matchRate: null,
        meanScore: null,
      },
      {
        sebGroup: 'all',
        suppressed: false,
        mentees: 42,
        matched: 20,
        matchRate: 20 / 42,
        meanScore: 0.75,
      },
    ]);
  });

  it('withholds groups of 1 to 9 mentees', () => {
    const { mentees, pairs } = cohort({
      professional: [3, 1],
      intermediate: [9, 9],
      lower: [15, 5],
      unknown: [11, 0],
    });
    const rows = fairnessBySebGroup(mentees, { pairs });
    expect(rows.filter((r) => r.suppressed).map((r) => r.sebGroup)).toEqual([
      'professional',
      'intermediate',
    ]);
    expect(rows[0]).toEqual({
      sebGroup: 'professional',
      suppressed: true,
      mentees: null,
      matched: null,
      matchRate: null,
      meanScore: null,
    });
  });

  it('also withholds the smallest shown group when only one would be hidden', () => {
    const { mentees, pairs } = cohort({
      professional: [30, 20],
      intermediate: [12, 6],
      lower: [4, 2],
      unknown: [12, 1],
    });
    const rows = fairnessBySebGroup(mentees, { pairs });
    expect(rows.map((r) => [r.sebGroup, r.suppressed])).toEqual([
      ['professional', false],
      ['intermediate', true],
      ['lower', true],
      ['unknown', false],
      ['all', false],
    ]);
  });

  it('withholds the all row only when the whole cohort is under 10', () => {
    const { mentees, pairs } = cohort({ lower: [5, 5] });
    const all = fairnessBySebGroup(mentees, { pairs }).at(-1);
    expect(all).toMatchObject({ sebGroup: 'all', suppressed: true, mentees: null });
  });

  it('counts missing or unrecognised SEB groups as unknown', () => {
    const mentees = Array.from({ length: 10 }, (_, i) => ({
      id: `x${i}`,
      sebGroup: i % 2 === 0 ? null : 'upper',
    }));
    const unknown = fairnessBySebGroup(mentees, { pairs: [] })[3];
    expect(unknown).toMatchObject({ sebGroup: 'unknown', mentees: 10, matched: 0, matchRate: 0 });
  });
});
