import type { SebGroup } from './seb-groups';

/**
 * A published figure to compare Pathways' own figures with. These seed the database, where
 * admins can correct them; `verify` marks a value that could not be read from its source.
 */
export interface Benchmark {
  readonly key: string;
  readonly measure: string;
  /** A share, as a fraction 0..1. */
  readonly value: number;
  readonly source: string;
  readonly verify: boolean;
  readonly note?: string;
  /** Set when the figure is the share of one SEB group. */
  readonly sebGroup?: SebGroup;
  /** Set when the figure is about one department (a code of DEPARTMENTS). */
  readonly department?: string;
}

const SMC_TOOLKIT = 'SMC toolkit (LFS, revised 2021 with PEC/ONS)';
const LABYRINTH = 'Navigating the labyrinth, 2021';

export const BENCHMARKS: readonly Benchmark[] = [
  {
    key: 'uk_workforce_professional',
    measure: 'UK workforce by parental occupation: professional',
    value: 0.37,
    source: SMC_TOOLKIT,
    verify: true,
    sebGroup: 'professional',
  },
  {
    key: 'uk_workforce_intermediate',
    measure: 'UK workforce by parental occupation: intermediate',
    value: 0.24,
    source: SMC_TOOLKIT,
    verify: true,
    sebGroup: 'intermediate',
  },
  {
    key: 'uk_workforce_lower',
    measure: 'UK workforce by parental occupation: lower',
    value: 0.39,
    source: SMC_TOOLKIT,
    verify: true,
    sebGroup: 'lower',
  },
  {
    key: 'independent_school',
    measure: 'Attended independent school',
    value: 0.07,
    source: 'Elitist Britain 2019 (Sutton Trust, SMC)',
    verify: false,
  },
  {
    key: 'fsm_pupils_england',
    measure: 'Pupils eligible for free school meals, England (2018/19)',
    value: 0.154,
    source: 'DfE school census',
    verify: false,
    note: 'A pupil rate, not a workforce rate.',
  },
  {
    key: 'scs_lower',
    measure: 'Senior Civil Service from lower SEB',
    value: 0.18,
    source: `${LABYRINTH} (CSPS 2019)`,
    verify: false,
    sebGroup: 'lower',
  },
  {
    key: 'scs_professional',
    measure: 'Senior Civil Service from higher SEB',
    value: 0.72,
    source: `${LABYRINTH} (CSPS 2019)`,
    verify: false,
    sebGroup: 'professional',
  },
  {
    key: 'scs_independent_school',
    measure: 'SCS who attended independent school',
    value: 0.25,
    source: LABYRINTH,
    verify: false,
    note: 'About 25%.',
  },
  {
    key: 'hmt_lower',
    measure: 'Lower SEB share: HM Treasury',
    value: 0.12,
    source: LABYRINTH,
    verify: false,
    sebGroup: 'lower',
    department: 'HMT',
  },
  {
    key: 'dwp_lower',
    measure: 'Lower SEB share: DWP',
    value: 0.45,
    source: LABYRINTH,
    verify: false,
    sebGroup: 'lower',
    department: 'DWP',
  },
];
