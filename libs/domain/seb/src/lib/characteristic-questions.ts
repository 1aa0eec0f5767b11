import type { Question } from './question';

const PREFER_NOT_TO_SAY = { code: 'prefer_not_to_say', label: 'Prefer not to say' } as const;

export const GENDER_QUESTION = {
  key: 'gender',
  title: 'What is your gender?',
  options: [
    { code: 'female', label: 'Female' },
    { code: 'male', label: 'Male' },
    { code: 'other', label: 'Other' },
    PREFER_NOT_TO_SAY,
  ],
} as const satisfies Question;

// ONS harmonised high-level ethnic groups (2021 Census names).
export const ETHNICITY_QUESTION = {
  key: 'ethnicity',
  title: 'What is your ethnic group?',
  options: [
    { code: 'asian', label: 'Asian or Asian British' },
    { code: 'black', label: 'Black, Black British, Caribbean or African' },
    { code: 'mixed', label: 'Mixed or multiple ethnic groups' },
    { code: 'white', label: 'White' },
    { code: 'other', label: 'Other ethnic group' },
    PREFER_NOT_TO_SAY,
  ],
} as const satisfies Question;

export const DISABILITY_QUESTION = {
  key: 'disability',
  title: 'Do you consider yourself to have a disability?',
  options: [{ code: 'yes', label: 'Yes' }, { code: 'no', label: 'No' }, PREFER_NOT_TO_SAY],
} as const satisfies Question;

export const SEXUAL_ORIENTATION_QUESTION = {
  key: 'sexual_orientation',
  title: 'Which of the following best describes your sexual orientation?',
  options: [
    { code: 'heterosexual', label: 'Heterosexual or straight' },
    { code: 'gay_lesbian', label: 'Gay or lesbian' },
    { code: 'bisexual', label: 'Bisexual' },
    { code: 'other', label: 'Other sexual orientation' },
    PREFER_NOT_TO_SAY,
  ],
} as const satisfies Question;

export type GenderCode = (typeof GENDER_QUESTION.options)[number]['code'];
export type EthnicityCode = (typeof ETHNICITY_QUESTION.options)[number]['code'];
export type DisabilityCode = (typeof DISABILITY_QUESTION.options)[number]['code'];
export type SexualOrientationCode = (typeof SEXUAL_ORIENTATION_QUESTION.options)[number]['code'];

export const CHARACTERISTIC_QUESTIONS = [
  GENDER_QUESTION,
  ETHNICITY_QUESTION,
  DISABILITY_QUESTION,
  SEXUAL_ORIENTATION_QUESTION,
] as const;

export type SexualOrientationReportGroup = 'heterosexual' | 'lgbo' | 'not_declared';

/** Sexual orientation is published as heterosexual / LGBO (seb.md, other characteristics). */
export function sexualOrientationReportGroup(
  code: SexualOrientationCode | null | undefined,
): SexualOrientationReportGroup {
  switch (code) {
    case 'heterosexual':
      return 'heterosexual';
    case 'gay_lesbian':
    case 'bisexual':
    case 'other':
      return 'lgbo';
    default:
      return 'not_declared';
  }
}
