import type { GradeCode, SebAnswerColumn } from '@pathways/domain-seb';

/** One valid people.csv row, normalised; null = not provided. */
export interface PeopleImportRow {
  line: number;
  snapshotDate: string;
  staffNumber: string;
  givenName: string;
  familyName: string;
  /** Lower-cased, as accounts store it. */
  email: string;
  departmentCode: string;
  gradeCode: GradeCode;
  professionCode: string | null;
  regionCode: string | null;
  dateOfBirth: string | null;
  careLeaver: boolean | null;
  apprentice: boolean | null;
  answers: Readonly<Record<SebAnswerColumn, string | null>>;
}
