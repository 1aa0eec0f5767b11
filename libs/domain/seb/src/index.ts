export type { AnswerOption, Question } from './lib/question';
export { SEB_GROUPS, SEB_GROUP_LABELS, isSebGroup } from './lib/seb-groups';
export type { SebGroup } from './lib/seb-groups';
export {
  SEB_FSM_QUESTION,
  SEB_OCCUPATION_QUESTION,
  SEB_PARENT_DEGREE_QUESTION,
  SEB_SCHOOL_QUESTION,
  SMC_QUESTIONS,
} from './lib/smc-questions';
export type {
  SebFsmCode,
  SebOccupationCode,
  SebParentDegreeCode,
  SebSchoolCode,
} from './lib/smc-questions';
export {
  FOUR_PART_OCCUPATION_QUESTIONS,
  SEB_EARNER_EMPLOYEE_STATUS_QUESTION,
  SEB_EARNER_EMPLOYMENT_QUESTION,
  SEB_EARNER_SUPERVISES_QUESTION,
  SEB_EARNER_WORKPLACE_SIZE_QUESTION,
  SEB_EARNER_WORK_TYPE_QUESTION,
} from './lib/four-part-questions';
export type {
  SebEarnerEmployeeStatusCode,
  SebEarnerEmploymentCode,
  SebEarnerSupervisesCode,
  SebEarnerWorkplaceSizeCode,
  SebEarnerWorkTypeCode,
} from './lib/four-part-questions';
export {
  CHARACTERISTIC_QUESTIONS,
  DISABILITY_QUESTION,
  ETHNICITY_QUESTION,
  GENDER_QUESTION,
  SEXUAL_ORIENTATION_QUESTION,
  sexualOrientationReportGroup,
} from './lib/characteristic-questions';
export type {
  DisabilityCode,
  EthnicityCode,
  GenderCode,
  SexualOrientationCode,
  SexualOrientationReportGroup,
} from './lib/characteristic-questions';
export {
  QUESTIONS,
  SEB_ANSWER_COLUMNS,
  answerLabel,
  isQuestionKey,
  isValidAnswer,
} from './lib/question-catalogue';
export type { AnswerCode, QuestionKey, SebAnswerColumn } from './lib/question-catalogue';
export { sebGroupFromOccupation } from './lib/one-part-classification';
export {
  nsSecClassFromFourPart,
  sebGroupFromFourPart,
  sebGroupFromNsSec,
} from './lib/four-part-classification';
export type { FourPartOccupationAnswers, NsSecClass } from './lib/four-part-classification';
export { BENCHMARKS } from './lib/benchmarks';
export type { Benchmark } from './lib/benchmarks';
export { GRADES, GRADE_CODES, gradeRank, isGradeCode } from './lib/grades';
export type { GradeCode } from './lib/grades';
export { DEPARTMENTS, PROFESSIONS, REGIONS } from './lib/reference-data';
export type { DepartmentReference, ReferenceItem } from './lib/reference-data';
