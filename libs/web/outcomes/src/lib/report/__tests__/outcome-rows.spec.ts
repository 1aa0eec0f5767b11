import { NOT_APPLICABLE, SUPPRESSED } from '../../format/figures';
import { outcomeHeadline, outcomeRowCells } from '../outcome-rows';
import { LOWER, WITHHELD } from './fixtures';

describe(outcomeRowCells.name, () => {
  it('formats a shown row', () => {
    expect(outcomeRowCells(LOWER)).toEqual({
      group: 'Lower',
      participants: '289',
      mature: '229',
      progressed: '77',
      rate: '33.6%',
      interval: '27.8% to 40.0%',
      comparisonRate: '12.6%',
      comparisonCounts: '135 of 1,074',
      pValue: '<\u00a00.001',
      metExpectations: '78.6%',
      sessionsInteresting: '89.3%',
    });
  });

  it('shows [c] in every cell of a suppressed row', () => {
    const cells = outcomeRowCells(WITHHELD);
    expect(cells.group).toBe('Higher (professional)');
    const { group: _group, ...figures } = cells;
    expect(new Set(Object.values(figures))).toEqual(new Set([SUPPRESSED]));
  });

  it('withholds only the comparison when the comparison group is small', () => {
    const cells = outcomeRowCells({
      ...LOWER,
      comparisonMature: null,
      comparisonProgressed: null,
      comparisonRate: null,
      pValue: null,
    });
    expect(cells.rate).toBe('33.6%');
    expect([cells.comparisonRate, cells.comparisonCounts, cells.pValue]).toEqual([
      SUPPRESSED,
      SUPPRESSED,
      SUPPRESSED,
    ]);
  });

  it('shows "–" where there is nothing to show', () => {
    const cells = outcomeRowCells({
      sebGroup: 'all',
      suppressed: false,
      participants: 70,
      mature: 0,
      progressed: 0,
      rate: null,
      ciLow: null,
      ciHigh: null,
      comparisonMature: 0,
      comparisonProgressed: 0,
      comparisonRate: null,
      pValue: null,
      metExpectations: null,
      sessionsInteresting: null,
    });
    expect(cells).toMatchObject({
      group: 'All participants',
      mature: '0',
      rate: NOT_APPLICABLE,
      interval: NOT_APPLICABLE,
      comparisonRate: NOT_APPLICABLE,
      comparisonCounts: '0 of 0',
      pValue: NOT_APPLICABLE,
      metExpectations: NOT_APPLICABLE,
    });
  });
});

describe(outcomeHeadline.name, () => {
  it('says what share progressed, with the interval and the comparison', () => {
    expect(outcomeHeadline({ ...LOWER, sebGroup: 'all' })).toBe(
      '33.6% of the 229 participants who started at least 12 months ago progressed within a year (95% interval 27.8% to 40.0%), against 12.6% of the comparison group.',
    );
  });

  it('says nothing for a withheld or immature total', () => {
    expect(outcomeHeadline(undefined)).toBeNull();
    expect(outcomeHeadline({ ...WITHHELD, sebGroup: 'all' })).toBeNull();
    expect(outcomeHeadline({ ...LOWER, rate: null })).toBeNull();
  });
});
