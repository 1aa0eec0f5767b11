import type { Question } from './question';

// The Fast Stream's four-part version of Q1 (A–E), which derives an NS-SEC class.
const UNKNOWN_OPTION = { code: 'unknown', label: "I don't know / prefer not to say" } as const;

export const SEB_EARNER_EMPLOYMENT_QUESTION = {
  key: 'seb_earner_employment',
  title: 'When you were 14, was your highest-earning parent or guardian employed?',
  options: [
    { code: 'employed', label: 'Yes, employed or self-employed' },
    { code: 'unemployed', label: 'No, unemployed — claimed benefit for less than a year' },
    { code: 'long_term_unemployed', label: 'No, long term unemployed — more than a year' },
    { code: 'retired', label: 'Retired' },
    UNKNOWN_OPTION,
  ],
} as const satisfies Question;

export const SEB_EARNER_WORK_TYPE_QUESTION = {
  key: 'seb_earner_work_type',
  title: 'What kind of work did they do?',
  options: [
    { code: 'traditional_professional', label: 'Traditional professional' },
    { code: 'modern_professional', label: 'Modern professional' },
    { code: 'clerical_intermediate', label: 'Clerical (office work) and intermediate' },
    { code: 'senior_manager', label: 'Senior managers and administrators' },
    { code: 'technical_craft', label: 'Technical and craft' },
    { code: 'routine_manual', label: 'Routine manual and service' },
    { code: 'semi_routine_manual', label: 'Semi-routine manual and service' },
    { code: 'middle_junior_manager', label: 'Middle or junior managers' },
    { code: 'prefer_not_to_say', label: 'Prefer not to say' },
  ],
} as const satisfies Question;

export const SEB_EARNER_EMPLOYEE_STATUS_QUESTION = {
  key: 'seb_earner_employee_status',
  title: 'Did they work as an employee or were they self-employed?',
  options: [
    { code: 'employee', label: 'Employee' },
    { code: 'self_employed_with_employees', label: 'Self-employed with employees' },
    {
      code: 'self_employed_without_employees',
      label: 'Self-employed or freelancer without employees',
    },
    UNKNOWN_OPTION,
  ],
} as const satisfies Question;

export const SEB_EARNER_WORKPLACE_SIZE_QUESTION = {
  key: 'seb_earner_workplace_size',
  title: 'Which size would best describe their place of work?',
  options: [
    { code: 'small', label: 'Small (1 to 24 employees)' },
    { code: 'large', label: 'Large (over 24 employees)' },
    UNKNOWN_OPTION,
  ],
} as const satisfies Question;

export const SEB_EARNER_SUPERVISES_QUESTION = {
  key: 'seb_earner_supervises',
  title: 'Did they supervise employees?',
  options: [{ code: 'yes', label: 'Yes' }, { code: 'no', label: 'No' }, UNKNOWN_OPTION],
} as const satisfies Question;

export type SebEarnerEmploymentCode =
  (typeof SEB_EARNER_EMPLOYMENT_QUESTION.options)[number]['code'];
export type SebEarnerWorkTypeCode = (typeof SEB_EARNER_WORK_TYPE_QUESTION.options)[number]['code'];
export type SebEarnerEmployeeStatusCode =
  (typeof SEB_EARNER_EMPLOYEE_STATUS_QUESTION.options)[number]['code'];
export type SebEarnerWorkplaceSizeCode =
  (typeof SEB_EARNER_WORKPLACE_SIZE_QUESTION.options)[number]['code'];
export type SebEarnerSupervisesCode =
  (typeof SEB_EARNER_SUPERVISES_QUESTION.options)[number]['code'];

/** In asking order A–E. */
export const FOUR_PART_OCCUPATION_QUESTIONS = [
  SEB_EARNER_EMPLOYMENT_QUESTION,
  SEB_EARNER_WORK_TYPE_QUESTION,
  SEB_EARNER_EMPLOYEE_STATUS_QUESTION,
  SEB_EARNER_WORKPLACE_SIZE_QUESTION,
  SEB_EARNER_SUPERVISES_QUESTION,
] as const;
