import { fairnessCells, orderFairnessRows, SUPPRESSED } from '../fairness-rows';
import { approvedMessage, matchSummary } from '../matching-summary';
import { pairByHandProblems, placesInUse } from '../pair-by-hand';

describe('fairnessCells', () => {
  it('shows counts, a whole-number rate and a one-decimal mean score', () => {
    expect(
      fairnessCells({
        sebGroup: 'lower',
        mentees: 40,
        matched: 30,
        matchRate: 0.75,
        meanScore: 3.456,
        suppressed: false,
      }),
    ).toEqual({
      group: 'Lower',
      mentees: '40',
      matched: '30',
      matchRate: '75%',
      meanScore: '3.46',
    });
  });

  it('shows [c] for every figure of a suppressed group, never a percentage', () => {
    const cells = fairnessCells({ sebGroup: 'professional', suppressed: true, matchRate: 0.5 });
    expect(cells).toEqual({
      group: 'Higher (professional)',
      mentees: SUPPRESSED,
      matched: SUPPRESSED,
      matchRate: SUPPRESSED,
      meanScore: SUPPRESSED,
    });
  });

  it('shows a dash where there is nothing to show', () => {
    expect(
      fairnessCells({ sebGroup: 'intermediate', mentees: 0, matched: 0, suppressed: false }),
    ).toEqual({
      group: 'Intermediate',
      mentees: '0',
      matched: '0',
      matchRate: '–',
      meanScore: '–',
    });
  });

  it('shows a dash for the mean score when nobody was matched', () => {
    const cells = fairnessCells({
      sebGroup: 'all',
      mentees: 12,
      matched: 0,
      matchRate: 0,
      meanScore: null,
      suppressed: false,
    });
    expect(cells.meanScore).toBe('–');
    expect(cells.matchRate).toBe('0%');
  });
});

describe('orderFairnessRows', () => {
  it('puts lower first and the total last', () => {
    const rows = ['all', 'professional', 'unknown', 'lower', 'intermediate'].map((sebGroup) => ({
      sebGroup,
      suppressed: false,
    }));
    expect(orderFairnessRows(rows).map((row) => row.sebGroup)).toEqual([
      'lower',
      'intermediate',
      'professional',
      'unknown',
      'all',
    ]);
  });
});

describe('matching messages', () => {
  it('summarises a run and an approval', () => {
    expect(matchSummary({ menteeCount: 12, matchedCount: 9 })).toBe('9 of 12 mentees matched');
    expect(matchSummary({ menteeCount: 1, matchedCount: 1 })).toBe('1 of 1 mentee matched');
    expect(approvedMessage(1)).toBe('1 pair approved: both people in each pair have been told');
    expect(approvedMessage(0)).toBe('No pairs were waiting for approval');
  });

  it('asks for both people of a hand-made pair', () => {
    expect(pairByHandProblems('', '')).toEqual([
      { field: 'menteeApplicationId', message: 'Select a mentee' },
      { field: 'mentorOfferId', message: 'Select a mentor' },
    ]);
    expect(pairByHandProblems('a', 'b')).toEqual([]);
  });
});

describe('placesInUse', () => {
  it('counts every current pair of the mentor, suggestions included', () => {
    const pair = (id: string) => ({ mentor: { person: { id } } });
    expect(placesInUse([pair('a'), pair('b'), pair('a')], 'a')).toBe(2);
    expect(placesInUse([], 'a')).toBe(0);
  });
});
