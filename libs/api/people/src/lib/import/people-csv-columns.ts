import { SEB_ANSWER_COLUMNS } from '@pathways/domain-seb';
import type { SebAnswerColumn } from '@pathways/domain-seb';

/** people.csv columns that every row must fill (contracts.md). */
export const PEOPLE_REQUIRED_COLUMNS = [
  'snapshot_date',
  'staff_number',
  'given_name',
  'family_name',
  'email',
  'department',
  'grade',
] as const;

/** The SEB and characteristics answer columns, in the order of contracts.md. */
export const PEOPLE_ANSWER_COLUMNS = Object.keys(SEB_ANSWER_COLUMNS) as SebAnswerColumn[];

export const PEOPLE_OPTIONAL_COLUMNS = [
  'profession',
  'region',
  'date_of_birth',
  'care_leaver',
  'apprentice',
  ...PEOPLE_ANSWER_COLUMNS,
] as const;

export const PEOPLE_COLUMNS: readonly string[] = [
  ...PEOPLE_REQUIRED_COLUMNS,
  ...PEOPLE_OPTIONAL_COLUMNS,
];

export type PeopleRequiredColumn = (typeof PEOPLE_REQUIRED_COLUMNS)[number];
