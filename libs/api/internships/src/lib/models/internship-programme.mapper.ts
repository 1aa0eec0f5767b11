import {
  isoDate,
  isWindowOpen,
  type CohortEntity,
  type ProgrammeEntity,
} from '@pathways/api-programmes';
import { internshipSettingsOf } from '../rules/internship-settings';
import type { InternshipIntakeSummary, InternshipProgramme } from './internship-programme.model';

export function intakeSummary(cohort: CohortEntity, now = new Date()): InternshipIntakeSummary {
  return {
    id: cohort.id,
    code: cohort.code,
    name: cohort.name,
    applicationsOpen: cohort.applicationsOpen,
    applicationsClose: cohort.applicationsClose,
    startDate: cohort.startDate,
    isOpen: isWindowOpen(cohort, isoDate(now)),
  };
}

export function internshipProgrammeModel(
  programme: ProgrammeEntity,
  intakes: readonly CohortEntity[],
): InternshipProgramme {
  return {
    id: programme.id,
    code: programme.code,
    name: programme.name,
    description: programme.description,
    settings: internshipSettingsOf(programme.settings),
    intakes: intakes.filter((c) => c.programmeId === programme.id).map((c) => intakeSummary(c)),
  };
}
