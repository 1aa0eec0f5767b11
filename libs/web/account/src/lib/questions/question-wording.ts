import type { QuestionKey } from '@pathways/domain-seb';

/** Short names for the check-answers list and its Change links; the pages use the SMC wording. */
export const QUESTION_SHORT_NAMES: Record<QuestionKey, string> = {
  seb_occupation: 'Occupation of your main household earner at about 14',
  seb_earner_employment: 'Whether your highest-earning parent or guardian was employed',
  seb_earner_work_type: 'Kind of work they did',
  seb_earner_employee_status: 'Employee or self-employed',
  seb_earner_workplace_size: 'Size of their place of work',
  seb_earner_supervises: 'Whether they supervised employees',
  seb_school: 'Type of school between 11 and 16',
  seb_fsm: 'Free school meals',
  seb_parent_degree: 'Parents’ degree',
  gender: 'Gender',
  ethnicity: 'Ethnic group',
  disability: 'Disability',
  sexual_orientation: 'Sexual orientation',
};

/** GOV.UK error messages: what to select, specific to each question. */
export const QUESTION_ERRORS: Record<QuestionKey, string> = {
  seb_occupation:
    'Select the occupation of your main household earner, or that you prefer not to say',
  seb_earner_employment: 'Select whether your highest-earning parent or guardian was employed',
  seb_earner_work_type: 'Select the kind of work they did',
  seb_earner_employee_status: 'Select whether they worked as an employee or were self-employed',
  seb_earner_workplace_size: 'Select the size of their place of work',
  seb_earner_supervises: 'Select whether they supervised employees',
  seb_school: 'Select the type of school you attended',
  seb_fsm: 'Select whether you were eligible for free school meals',
  seb_parent_degree: 'Select whether either of your parents gained a degree',
  gender: 'Select your gender',
  ethnicity: 'Select your ethnic group',
  disability: 'Select whether you consider yourself to have a disability',
  sexual_orientation: 'Select your sexual orientation',
};

/** Which section of the questionnaire a question belongs to, shown as the caption. */
export function questionCaption(key: QuestionKey): string {
  return key.startsWith('seb_') ? 'Your background' : 'About you';
}
