import type {
  SebEarnerEmployeeStatusCode,
  SebEarnerEmploymentCode,
  SebEarnerSupervisesCode,
  SebEarnerWorkplaceSizeCode,
  SebEarnerWorkTypeCode,
} from './four-part-questions';
import type { SebGroup } from './seb-groups';

export type NsSecClass = 1 | 2 | 3 | 4 | 5;

/** Answers to A–E; a missing answer is `null` or absent. */
export interface FourPartOccupationAnswers {
  readonly employment?: SebEarnerEmploymentCode | null;
  readonly workType?: SebEarnerWorkTypeCode | null;
  readonly employeeStatus?: SebEarnerEmployeeStatusCode | null;
  readonly workplaceSize?: SebEarnerWorkplaceSizeCode | null;
  readonly supervises?: SebEarnerSupervisesCode | null;
}

type ClassifiableWorkType = Exclude<SebEarnerWorkTypeCode, 'prefer_not_to_say'>;
type Column = 1 | 2 | 3 | 4 | 5 | 6 | 7;

// ONS self-coded method as in hmrc/fset-faststream SocioEconomicCalculator; columns 1–7.
const NS_SEC: Readonly<Record<ClassifiableWorkType, readonly NsSecClass[]>> = {
  modern_professional: [1, 1, 1, 1, 1, 1, 1],
  traditional_professional: [1, 1, 1, 1, 1, 1, 1],
  clerical_intermediate: [1, 3, 3, 1, 1, 1, 2],
  senior_manager: [1, 3, 3, 1, 1, 1, 1],
  middle_junior_manager: [1, 3, 3, 1, 1, 1, 1],
  technical_craft: [1, 3, 3, 1, 1, 4, 4],
  semi_routine_manual: [1, 3, 3, 1, 1, 4, 5],
  routine_manual: [1, 3, 3, 1, 1, 4, 5],
};

// Missing D or E counts as `unknown`: D then matters only for the self-employed with employees
// (unclassifiable) and senior managers (who fall back to columns 6/7), E only between 6 and 7.
function employmentColumn(answers: FourPartOccupationAnswers): Column | null {
  const { workType, employeeStatus, workplaceSize, supervises } = answers;
  switch (employeeStatus) {
    case 'self_employed_with_employees':
      if (workplaceSize === 'large') return 1;
      return workplaceSize === 'small' ? 2 : null;
    case 'self_employed_without_employees':
      return 3;
    case 'employee':
      if (workType === 'senior_manager' && workplaceSize === 'large') return 4;
      if (workType === 'senior_manager' && workplaceSize === 'small') return 5;
      return supervises === 'yes' ? 6 : 7;
    default:
      return null;
  }
}

function isClassifiableWorkType(
  workType: SebEarnerWorkTypeCode | null | undefined,
): workType is ClassifiableWorkType {
  return workType != null && Object.hasOwn(NS_SEC, workType);
}

/** NS-SEC class 1–5 from the four-part Q1, or null when the answers cannot be classified. */
export function nsSecClassFromFourPart(answers: FourPartOccupationAnswers): NsSecClass | null {
  if (answers.employment === 'long_term_unemployed') return 5;
  if (answers.employment !== 'employed') return null;
  const { workType } = answers;
  if (!isClassifiableWorkType(workType)) return null;
  const column = employmentColumn(answers);
  return column === null ? null : NS_SEC[workType][column - 1];
}

export function sebGroupFromNsSec(nsSecClass: NsSecClass | null): SebGroup {
  switch (nsSecClass) {
    case 1:
      return 'professional';
    case 2:
    case 3:
      return 'intermediate';
    case 4:
    case 5:
      return 'lower';
    default:
      return 'unknown';
  }
}

export function sebGroupFromFourPart(answers: FourPartOccupationAnswers): SebGroup {
  return sebGroupFromNsSec(nsSecClassFromFourPart(answers));
}
