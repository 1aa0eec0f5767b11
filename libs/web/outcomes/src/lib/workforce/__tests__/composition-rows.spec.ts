import { NOT_APPLICABLE, SUPPRESSED } from '../../format/figures';
import { compositionCells, pooledShare } from '../composition-rows';
import { ALL, GRADE_AA, GRADE_SCS1 } from './fixtures';

describe(compositionCells.name, () => {
  it('shows counts with shares of classifiable people and the declaration rate', () => {
    expect(compositionCells(GRADE_AA)).toEqual({
      label: 'Administrative Assistant',
      professional: '41 (32.5%)',
      intermediate: '25 (19.8%)',
      lower: '60 (47.6%)',
      unknown: '32',
      total: '158',
      declarationRate: '79.7%',
    });
  });

  it('shows [c] for withheld counts and for a declaration rate that would need them', () => {
    expect(compositionCells(GRADE_SCS1)).toEqual({
      label: 'Deputy Director',
      professional: '18',
      intermediate: SUPPRESSED,
      lower: SUPPRESSED,
      unknown: SUPPRESSED,
      total: '35',
      declarationRate: SUPPRESSED,
    });
  });

  it('shows "–" for the declaration rate of nobody', () => {
    const empty = { value: 0, suppressed: false };
    const row = {
      ...GRADE_AA,
      professional: empty,
      intermediate: empty,
      lower: empty,
      unknown: empty,
      total: empty,
      declarationRate: null,
    };
    expect(compositionCells(row).declarationRate).toBe(NOT_APPLICABLE);
  });
});

describe(pooledShare.name, () => {
  it('pools shown counts across rows', () => {
    expect(pooledShare([ALL], 'lower')).toEqual({ kind: 'share', value: 790 / (952 + 446 + 790) });
    expect(pooledShare([GRADE_AA, GRADE_AA], 'professional')).toEqual({
      kind: 'share',
      value: 82 / 252,
    });
  });

  it('is withheld when any count it needs is withheld, and none when nobody counts', () => {
    expect(pooledShare([GRADE_AA, GRADE_SCS1], 'lower')).toEqual({ kind: 'withheld' });
    expect(pooledShare([], 'lower')).toEqual({ kind: 'none' });
  });
});
