import { QuestionKey } from '@pathways/domain-seb';
import { PersonAnswersEntity } from '../person/person-answers.entity';

type AnswerProperty = Exclude<keyof PersonAnswersEntity, 'personId' | 'person' | 'updatedAt'>;

/** Which column of person_answers holds each question's answer. */
export const ANSWER_PROPERTY: Record<QuestionKey, AnswerProperty> = {
  seb_occupation: 'sebOccupation',
  seb_earner_employment: 'sebEarnerEmployment',
  seb_earner_work_type: 'sebEarnerWorkType',
  seb_earner_employee_status: 'sebEarnerEmployeeStatus',
  seb_earner_workplace_size: 'sebEarnerWorkplaceSize',
  seb_earner_supervises: 'sebEarnerSupervises',
  seb_school: 'sebSchool',
  seb_fsm: 'sebFsm',
  seb_parent_degree: 'sebParentDegree',
  gender: 'gender',
  ethnicity: 'ethnicity',
  disability: 'disability',
  sexual_orientation: 'sexualOrientation',
};
