/** Weights of the fictional department's make-up (roughly a large operational department). */
export const GRADE_WEIGHTS = {
  AA: 5,
  AO: 26,
  EO: 25,
  HEO: 18,
  SEO: 12,
  G7: 8,
  G6: 4,
  SCS1: 1.5,
  SCS2: 0.4,
} as const;

export const PROFESSION_WEIGHTS = {
  operational_delivery: 45,
  policy: 8,
  digital_data_technology: 7,
  legal: 5,
  finance: 5,
  project_delivery: 5,
  human_resources: 4,
  commercial: 3,
  communications: 3,
  statistics: 2,
  social_research: 2,
  other: 11,
} as const;

export const REGION_WEIGHTS = {
  TLI: 25,
  TLD: 12,
  TLE: 10,
  TLJ: 10,
  TLG: 9,
  TLK: 8,
  TLH: 7,
  TLL: 7,
  TLF: 6,
  TLC: 6,
} as const;

/** seb_occupation answers for a junior grade; seniority shifts weight to professional. */
export function occupationWeights(gradeRank: number): Record<string, number> {
  return {
    professional: 12 + gradeRank * 3,
    manager: 13 + gradeRank * 2.5,
    clerical: 10,
    small_business: 8,
    technical_craft: 12 - gradeRank * 0.5,
    routine: 23 - gradeRank * 1.8,
    long_term_unemployed: 3,
    other: 7,
    prefer_not_to_say: 5,
    none: 6,
  };
}

export const GENDER_WEIGHTS = { female: 54, male: 44, other: 0.5, prefer_not_to_say: 1.5, none: 8 };
export const ETHNICITY_WEIGHTS = {
  white: 76,
  asian: 9,
  black: 6,
  mixed: 3,
  other: 1,
  prefer_not_to_say: 3,
  none: 10,
};
export const DISABILITY_WEIGHTS = { yes: 14, no: 72, prefer_not_to_say: 5, none: 12 };
export const SEXUAL_ORIENTATION_WEIGHTS = {
  heterosexual: 78,
  gay_lesbian: 3,
  bisexual: 3,
  other: 1,
  prefer_not_to_say: 7,
  none: 12,
};

/** Yearly chance of each event; the SEB gap in promotion is what the programme works against. */
export const YEARLY_EVENT_RATES = {
  promotion: { professional: 0.085, intermediate: 0.07, lower: 0.055, unknown: 0.065 },
  temporary_promotion: { professional: 0.06, intermediate: 0.05, lower: 0.04, unknown: 0.05 },
  eoi_success: { professional: 0.05, intermediate: 0.04, lower: 0.035, unknown: 0.04 },
  lateral_move: { professional: 0.05, intermediate: 0.05, lower: 0.05, unknown: 0.05 },
  training_completed: { professional: 0.2, intermediate: 0.2, lower: 0.2, unknown: 0.2 },
  contract_extended: { professional: 0.01, intermediate: 0.01, lower: 0.01, unknown: 0.01 },
  made_permanent: { professional: 0.01, intermediate: 0.01, lower: 0.015, unknown: 0.01 },
  left: { professional: 0.06, intermediate: 0.07, lower: 0.08, unknown: 0.07 },
} as const;

export const GIVEN_NAMES = [
  'Alex',
  'Amira',
  'Ben',
  'Chloe',
  'Daniel',
  'Ella',
  'Farah',
  'George',
  'Hannah',
  'Imran',
  'Jack',
  'Kayleigh',
  'Liam',
  'Maya',
  'Nathan',
  'Olivia',
  'Priya',
  'Ryan',
  'Sophie',
  'Tom',
  'Usman',
  'Victoria',
  'Wei',
  'Yasmin',
  'Zoe',
  'Callum',
  'Deborah',
  'Emeka',
  'Fiona',
  'Gareth',
];

export const FAMILY_NAMES = [
  'Adams',
  'Begum',
  'Campbell',
  'Davies',
  'Evans',
  'Fraser',
  'Green',
  'Hughes',
  'Iqbal',
  'Jones',
  'Khan',
  'Lewis',
  'Morgan',
  'Nowak',
  'Okafor',
  'Patel',
  'Quinn',
  'Roberts',
  'Smith',
  'Taylor',
  'Usher',
  'Walker',
  'Williams',
  'Young',
  'Ahmed',
  'Brown',
  'Clarke',
  'Doyle',
];
