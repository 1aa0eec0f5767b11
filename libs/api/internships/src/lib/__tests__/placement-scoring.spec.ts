import { solveAssignment } from '@pathways/domain-matching';
import {
  CandidatePreferences,
  PlacementFacts,
  placementEdges,
  scorePlacement,
} from '../rules/placement-scoring';

const words = {
  region: (code: string) => ({ TLI: 'London', TLC: 'North East', TLM: 'Scotland' })[code] ?? code,
  work: (code: string) => ({ policy: 'Policy', digital_data_technology: 'Digital' })[code] ?? code,
};

const candidate = (fields: Partial<CandidatePreferences> = {}): CandidatePreferences => ({
  applicationId: 'a1',
  regions: ['TLI'],
  work: ['policy'],
  previouslyUnmatched: false,
  ...fields,
});

const placement = (fields: Partial<PlacementFacts> = {}): PlacementFacts => ({
  placementId: 'p1',
  regionCode: 'TLI',
  workArea: 'policy',
  ...fields,
});

describe(scorePlacement.name, () => {
  it('scores a chosen region and kind of work highest, and says why', () => {
    expect(scorePlacement(candidate(), placement(), words)).toEqual({
      allowed: true,
      score: 0.9,
      explanation: [
        'In London, one of the regions chosen',
        'Policy work, one of the kinds of work chosen',
      ],
    });
  });

  it('never proposes a placement outside the regions chosen', () => {
    expect(scorePlacement(candidate(), placement({ regionCode: 'TLM' }), words)).toEqual({
      allowed: false,
      reason: 'Scotland is not one of the regions chosen',
    });
  });

  it('allows any region when none was chosen, with fewer points than a chosen one', () => {
    expect(
      scorePlacement(candidate({ regions: [] }), placement({ regionCode: 'TLM' }), words),
    ).toEqual({
      allowed: true,
      score: 0.7,
      explanation: [
        'In Scotland: any region was fine',
        'Policy work, one of the kinds of work chosen',
      ],
    });
  });

  it('keeps other kinds of work, scored lower, and no preference in between', () => {
    const other = scorePlacement(
      candidate(),
      placement({ workArea: 'digital_data_technology' }),
      words,
    );
    const none = scorePlacement(
      candidate({ work: [] }),
      placement({ workArea: 'digital_data_technology' }),
      words,
    );
    expect(other).toEqual({
      allowed: true,
      score: 0.6,
      explanation: [
        'In London, one of the regions chosen',
        'Digital work is not one of the kinds of work chosen',
      ],
    });
    expect(none).toMatchObject({ allowed: true, score: 0.75 });
  });

  it('gives a little priority to someone waiting since an earlier round', () => {
    expect(
      scorePlacement(candidate({ previouslyUnmatched: true }), placement(), words),
    ).toMatchObject({
      score: 1,
      explanation: expect.arrayContaining(['Waiting since an earlier round of matching']),
    });
  });
});

describe(placementEdges.name, () => {
  const candidates = [
    candidate({ applicationId: 'a1', regions: ['TLI'], work: ['policy'] }),
    candidate({ applicationId: 'a2', regions: ['TLI', 'TLC'], work: [] }),
    candidate({ applicationId: 'a3', regions: ['TLM'] }),
  ];
  const placements = [
    placement({ placementId: 'p1', regionCode: 'TLI', workArea: 'policy' }),
    placement({ placementId: 'p2', regionCode: 'TLC', workArea: 'digital_data_technology' }),
  ];

  it('lists only allowed pairs, and never a declined one', () => {
    const edges = placementEdges(candidates, placements, [{ mentee: 'a2', mentor: 'p2' }], words);
    expect(edges.map((e) => [e.mentee, e.mentor, e.score])).toEqual([
      ['a1', 'p1', 0.9],
      ['a2', 'p1', 0.75],
    ]);
  });

  it('feeds the exact engine: each placement to one candidate, most placed, then best fit', () => {
    const edges = placementEdges(candidates, placements, [], words);
    const result = solveAssignment({
      mentees: candidates.map((c) => ({ id: c.applicationId })),
      mentors: placements.map((p) => ({ id: p.placementId, capacity: 1 })),
      edges,
    });
    expect(result.pairs).toEqual([
      { mentee: 'a1', mentor: 'p1', score: 0.9 },
      { mentee: 'a2', mentor: 'p2', score: 0.75 },
    ]);
    expect(result.unmatched).toEqual(['a3']);
  });

  it('places more candidates before it places them better', () => {
    const pool = [
      candidate({ applicationId: 'a1', regions: ['TLI', 'TLC'], work: ['policy'] }),
      candidate({ applicationId: 'a2', regions: ['TLI'], work: ['digital_data_technology'] }),
    ];
    const posts = [
      placement({ placementId: 'p1', regionCode: 'TLI', workArea: 'policy' }),
      placement({ placementId: 'p2', regionCode: 'TLC', workArea: 'digital_data_technology' }),
    ];
    const result = solveAssignment({
      mentees: pool.map((c) => ({ id: c.applicationId })),
      mentors: posts.map((p) => ({ id: p.placementId, capacity: 1 })),
      edges: placementEdges(pool, posts, [], words),
    });
    expect(result.pairs.map((pair) => [pair.mentee, pair.mentor])).toEqual([
      ['a1', 'p2'],
      ['a2', 'p1'],
    ]);
  });
});
