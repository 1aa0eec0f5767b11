/** The soft preferences of the matching engine, as libs/domain/matching scores them. */
export const WEIGHT_KEYS = [
  'gradeGap',
  'idealGradeGap',
  'professionFit',
  'sharedTopics',
  'sameRegion',
  'previouslyUnmatched',
] as const;

export type WeightKey = (typeof WEIGHT_KEYS)[number];

export type WeightsLike = Readonly<Record<WeightKey, number>>;

export interface WeightWording {
  label: string;
  hint: string;
  /** How an error message names it. */
  name: string;
  example: string;
}

export const WEIGHT_WORDING: Readonly<Record<WeightKey, WeightWording>> = {
  gradeGap: {
    label: 'Grade gap close to the ideal',
    hint: 'Counts in full when the mentor is exactly the ideal number of grades above the mentee, and less the further the gap is from it.',
    name: 'the weight for a grade gap close to the ideal',
    example: '0.3',
  },
  idealGradeGap: {
    label: 'Ideal grade gap',
    hint: 'How many grades above the mentee the best-placed mentor is, for example 2. This is a number of grades, not a weight.',
    name: 'the ideal grade gap',
    example: '2',
  },
  professionFit: {
    label: 'Profession as wished',
    hint: 'Added when the mentor’s profession is what the mentee asked for (the same or a different one), or the same when the programme prefers that.',
    name: 'the weight for a profession as wished',
    example: '0.2',
  },
  sharedTopics: {
    label: 'Shared topics',
    hint: 'Multiplied by the share of topics both chose, out of all the topics either of them chose.',
    name: 'the weight for shared topics',
    example: '0.3',
  },
  sameRegion: {
    label: 'Same region',
    hint: 'Added when the mentee and mentor work in the same region.',
    name: 'the weight for the same region',
    example: '0.1',
  },
  previouslyUnmatched: {
    label: 'Left unmatched last time',
    hint: 'Added for a mentee left unmatched in the previous matching run, so they come first this time.',
    name: 'the weight for being left unmatched last time',
    example: '0.25',
  },
};

/** Up to 6 decimals, as the engine rounds scores; no trailing zeros. */
export function formatWeight(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
