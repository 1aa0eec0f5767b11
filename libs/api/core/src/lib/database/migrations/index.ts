import { Initial1764200000000 } from './1764200000000-initial';
import { PeopleAndIdentity1795816850028 } from './1795816850028-people-and-identity';
import { ReferenceDataAndAuditGuard1795816900000 } from './1795816900000-reference-data-and-audit-guard';
import { ProgrammesAndCareerEvents1795817062822 } from './1795817062822-programmes-and-career-events';
import { FiveYearTargets1795817522707 } from './1795817522707-five-year-targets';
import { MentoringAndNotifications1795817700370 } from './1795817700370-mentoring-and-notifications';
import { CareerEventProgressionIndex1795818902723 } from './1795818902723-career-event-progression-index';
import { Internships1795818923897 } from './1795818923897-internships';
import { VacanciesAndMail1795818992724 } from './1795818992724-vacancies-and-mail';
import { CareerEventProgressionByPerson1795820645359 } from './1795820645359-career-event-progression-by-person';
import { PersonSnapshotLatestIndex1795821000000 } from './1795821000000-person-snapshot-latest-index';
import { OutcomeDataChangeNotices1795822000000 } from './1795822000000-outcome-data-change-notices';

/** Every migration in order; the schema changes only through these. */
export const MIGRATIONS = [
  Initial1764200000000,
  PeopleAndIdentity1795816850028,
  ReferenceDataAndAuditGuard1795816900000,
  ProgrammesAndCareerEvents1795817062822,
  FiveYearTargets1795817522707,
  MentoringAndNotifications1795817700370,
  CareerEventProgressionIndex1795818902723,
  Internships1795818923897,
  VacanciesAndMail1795818992724,
  CareerEventProgressionByPerson1795820645359,
  PersonSnapshotLatestIndex1795821000000,
  OutcomeDataChangeNotices1795822000000,
];
