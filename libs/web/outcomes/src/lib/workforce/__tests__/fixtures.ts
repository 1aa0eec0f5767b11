import type { CompositionRowLike, CompositionTableLike } from '../composition-rows';

const shown = (value: number) => ({ value, suppressed: false });
const withheld = { value: null, suppressed: true };

export const GRADE_AA: CompositionRowLike = {
  key: 'AA',
  label: 'Administrative Assistant',
  declarationRate: 0.7974683544303798,
  professional: shown(41),
  intermediate: shown(25),
  lower: shown(60),
  unknown: shown(32),
  total: shown(158),
  professionalShare: 0.3253968253968254,
  intermediateShare: 0.1984126984126984,
  lowerShare: 0.47619047619047616,
};

/** A small grade: only the professional count and the total are shown. */
export const GRADE_SCS1: CompositionRowLike = {
  key: 'SCS1',
  label: 'Deputy Director',
  declarationRate: null,
  professional: shown(18),
  intermediate: withheld,
  lower: withheld,
  unknown: withheld,
  total: shown(35),
  professionalShare: null,
  intermediateShare: null,
  lowerShare: null,
};

export const ALL: CompositionRowLike = {
  key: 'all',
  label: 'All',
  declarationRate: 0.8200899550224887,
  professional: shown(952),
  intermediate: shown(446),
  lower: shown(790),
  unknown: shown(480),
  total: shown(2668),
  professionalShare: 0.4351005484460695,
  intermediateShare: 0.20383912248628885,
  lowerShare: 0.3610603290676417,
};

export const BY_GRADE: CompositionTableLike = {
  dimension: 'grade',
  rows: [GRADE_AA, GRADE_SCS1],
  total: ALL,
};
