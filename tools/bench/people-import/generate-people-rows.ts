import {
  DEPARTMENTS,
  GRADE_CODES,
  PROFESSIONS,
  REGIONS,
  SEB_ANSWER_COLUMNS,
} from '@pathways/domain-seb';
import type { Question } from '@pathways/domain-seb';
import { PEOPLE_ANSWER_COLUMNS } from '@pathways/api-people';
import { seededRandom, weightedPicker } from './seeded-random';

export const SNAPSHOT_DATE = '2025-03-31';

/** people.csv columns the generated file carries: every column of the contract. */
export const GENERATED_COLUMNS = [
  'snapshot_date',
  'staff_number',
  'given_name',
  'family_name',
  'email',
  'department',
  'grade',
  'profession',
  'region',
  'date_of_birth',
  'care_leaver',
  'apprentice',
  ...PEOPLE_ANSWER_COLUMNS,
] as const;

/** One person's cells in GENERATED_COLUMNS order; '' = not provided. */
export type GeneratedRow = string[];

// Large departments dominate the Civil Service headcount; most staff are AO–HEO.
const BIG_DEPARTMENTS: Readonly<Record<string, number>> = {
  DWP: 30,
  HMRC: 25,
  MOD: 20,
  MOJ: 15,
  HO: 12,
  DFE: 3,
  DHSC: 3,
  CO: 3,
  DEFRA: 3,
  FCDO: 3,
};
const GRADE_WEIGHTS = [5, 25, 25, 18, 12, 9, 4, 1.2, 0.3, 0.1, 0.01];
const FAMILY_NAMES = ['Smith', 'Jones', "O'Brien", 'Smith, Jr', 'Ng', 'Łukasz', 'Davies', 'Khan'];
const GIVEN_NAMES = ['Ann', 'Bob', 'Zoë', 'Siân', 'Mohammed', 'Chloé "Clo"', 'Wei', 'Olu'];

function dateOfBirth(random: () => number): string {
  const day = new Date(Date.UTC(1960, 0, 1) + Math.floor(random() * 45 * 365.25) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** `count` people of one workforce snapshot, the same for the same seed. */
export function* generatePeopleRows(seed: number, count: number): Generator<GeneratedRow> {
  const random = seededRandom(seed);
  const department = weightedPicker(
    random,
    DEPARTMENTS.map((d) => d.code),
    DEPARTMENTS.map((d) => BIG_DEPARTMENTS[d.code] ?? 1),
  );
  const grade = weightedPicker(random, GRADE_CODES, GRADE_WEIGHTS);
  const answerCodes = Object.fromEntries(
    PEOPLE_ANSWER_COLUMNS.map((column) => {
      const question: Question = SEB_ANSWER_COLUMNS[column];
      return [column, question.options.map((option) => option.code)];
    }),
  );
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const maybe = (share: number, value: () => string): string => (random() < share ? value() : '');
  const flag = (yes: number, no: number): string => {
    const r = random();
    return r < yes ? 'yes' : r < yes + no ? 'no' : '';
  };
  for (let i = 0; i < count; i++) {
    const departmentCode = department();
    yield [
      SNAPSHOT_DATE,
      `SN${1_000_000 + i}`,
      `${pick(GIVEN_NAMES)} ${i}`,
      pick(FAMILY_NAMES),
      `p${i}@${departmentCode.toLowerCase()}.gov.uk`,
      departmentCode,
      grade(),
      maybe(0.9, () => pick(PROFESSIONS).code),
      maybe(0.95, () => pick(REGIONS).code),
      maybe(0.9, () => dateOfBirth(random)),
      flag(0.03, 0.8),
      flag(0.05, 0.85),
      ...PEOPLE_ANSWER_COLUMNS.map((column) => maybe(0.85, () => pick(answerCodes[column]))),
    ];
  }
}
