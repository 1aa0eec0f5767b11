import {
  DISABILITY_QUESTION,
  ETHNICITY_QUESTION,
  GENDER_QUESTION,
  SEXUAL_ORIENTATION_QUESTION,
} from './characteristic-questions';
import {
  SEB_EARNER_EMPLOYEE_STATUS_QUESTION,
  SEB_EARNER_EMPLOYMENT_QUESTION,
  SEB_EARNER_SUPERVISES_QUESTION,
  SEB_EARNER_WORK_TYPE_QUESTION,
  SEB_EARNER_WORKPLACE_SIZE_QUESTION,
} from './four-part-questions';
import type { Question } from './question';
import {
  SEB_FSM_QUESTION,
  SEB_OCCUPATION_QUESTION,
  SEB_PARENT_DEGREE_QUESTION,
  SEB_SCHOOL_QUESTION,
} from './smc-questions';

/** Every question by its key. */
export const QUESTIONS = {
  seb_occupation: SEB_OCCUPATION_QUESTION,
  seb_earner_employment: SEB_EARNER_EMPLOYMENT_QUESTION,
  seb_earner_work_type: SEB_EARNER_WORK_TYPE_QUESTION,
  seb_earner_employee_status: SEB_EARNER_EMPLOYEE_STATUS_QUESTION,
  seb_earner_workplace_size: SEB_EARNER_WORKPLACE_SIZE_QUESTION,
  seb_earner_supervises: SEB_EARNER_SUPERVISES_QUESTION,
  seb_school: SEB_SCHOOL_QUESTION,
  seb_fsm: SEB_FSM_QUESTION,
  seb_parent_degree: SEB_PARENT_DEGREE_QUESTION,
  gender: GENDER_QUESTION,
  ethnicity: ETHNICITY_QUESTION,
  disability: DISABILITY_QUESTION,
  sexual_orientation: SEXUAL_ORIENTATION_QUESTION,
} as const;

export type QuestionKey = keyof typeof QUESTIONS;

export type AnswerCode<K extends QuestionKey> = (typeof QUESTIONS)[K]['options'][number]['code'];

/** people.csv answer columns (contracts.md) and the question each one answers. */
export const SEB_ANSWER_COLUMNS = {
  seb_occupation: SEB_OCCUPATION_QUESTION,
  seb_school: SEB_SCHOOL_QUESTION,
  seb_fsm: SEB_FSM_QUESTION,
  seb_parent_degree: SEB_PARENT_DEGREE_QUESTION,
  gender: GENDER_QUESTION,
  ethnicity: ETHNICITY_QUESTION,
  disability: DISABILITY_QUESTION,
  sexual_orientation: SEXUAL_ORIENTATION_QUESTION,
} as const satisfies Record<string, Question>;

export type SebAnswerColumn = keyof typeof SEB_ANSWER_COLUMNS;

export function isQuestionKey(value: string): value is QuestionKey {
  return Object.hasOwn(QUESTIONS, value);
}

/** True when `code` is one of the question's answer codes; an unknown key is never valid. */
export function isValidAnswer<K extends QuestionKey>(
  questionKey: K,
  code: string,
): code is AnswerCode<K> {
  if (!isQuestionKey(questionKey)) return false;
  const question: Question = QUESTIONS[questionKey];
  return question.options.some((option) => option.code === code);
}

/** The wording shown for an answer code, or undefined when the code is not an answer. */
export function answerLabel(questionKey: QuestionKey, code: string): string | undefined {
  if (!isQuestionKey(questionKey)) return undefined;
  const question: Question = QUESTIONS[questionKey];
  return question.options.find((option) => option.code === code)?.label;
}
