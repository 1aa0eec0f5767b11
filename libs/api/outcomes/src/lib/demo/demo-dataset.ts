import type { CareerEventType } from '../entities/career-event.entity';

export const DEMO_DEPARTMENT = 'MOJ';
export const DEMO_PROGRAMME = 'CATAPULT';
/** The demo participant's self-reported event, waiting for the demo lead to confirm it. */
export const DEMO_UNCONFIRMED_EVENT_ID = '00000000-0000-4000-8000-0000000ce001';

/** Answers of the SEB and characteristics questions; null = not answered. */
export interface DemoAnswers {
  readonly seb_occupation: string | null;
  readonly gender: string | null;
  readonly ethnicity: string | null;
  readonly disability: string | null;
  readonly sexual_orientation: string | null;
}

export interface DemoPerson {
  readonly staffNumber: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly email: string;
  /** Current grade: the grade of their latest snapshot. */
  readonly gradeCode: string;
  readonly professionCode: string;
  readonly regionCode: string;
  readonly dateOfBirth: string;
  readonly answers: DemoAnswers;
}

export interface DemoSnapshot {
  readonly staffNumber: string;
  readonly snapshotDate: string;
  readonly gradeCode: string;
  readonly professionCode: string;
  readonly regionCode: string;
  readonly sebOccupation: string | null;
}

export interface DemoEvent {
  readonly eventId: string;
  readonly staffNumber: string;
  readonly type: CareerEventType;
  readonly effectiveDate: string;
  readonly fromGrade: string | null;
  readonly toGrade: string | null;
}

export interface DemoCohort {
  readonly code: string;
  readonly startDate: string;
  /** Relationships end 11 months in; null while the cohort is still running. */
  readonly endDate: string | null;
  readonly participants: number;
  /** Whether the end-of-programme survey has been run. */
  readonly surveyed: boolean;
}

export interface DemoEnrolment {
  readonly staffNumber: string;
  readonly cohort: string;
  readonly role: 'participant' | 'mentor';
  readonly startDate: string;
  readonly endDate: string | null;
  readonly mentorStaffNumber: string | null;
  readonly metExpectations: boolean | null;
  readonly sessionsInteresting: boolean | null;
}

/** A fictional department with two yearly snapshots, two years of events and a mentoring programme. */
export interface DemoDataset {
  readonly snapshotDates: readonly [string, string];
  readonly people: readonly DemoPerson[];
  readonly snapshots: readonly DemoSnapshot[];
  readonly events: readonly DemoEvent[];
  readonly cohorts: readonly DemoCohort[];
  readonly enrolments: readonly DemoEnrolment[];
}
