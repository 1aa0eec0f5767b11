import type { SebGroup } from '@pathways/domain-seb';
import { DemoCalendar } from './demo-calendar';
import type { DemoCohort, DemoEnrolment } from './demo-dataset';
import type { DemoDraft } from './demo-people';
import type { DemoRandom } from './demo-random';

export interface DemoCatapult {
  readonly cohorts: DemoCohort[];
  readonly enrolments: DemoEnrolment[];
  readonly mentees: { draftIndex: number; startDate: string }[];
}

const MENTEE_GRADES = ['AO', 'EO', 'HEO'];
const MENTOR_GRADES = ['G7', 'G6', 'SCS1'];
/** The programme is for lower SEB; a few others get in (declared later, or exceptions). */
const SELECTION_WEIGHT: Readonly<Record<SebGroup, number>> = {
  lower: 1,
  intermediate: 0.08,
  unknown: 0.1,
  professional: 0.02,
};
const MENTEES_PER_MENTOR = 2;

/** Four intakes: three a year or more ago (their outcomes are in), one still running. */
function cohortsOf(calendar: DemoCalendar): DemoCohort[] {
  const cohort = (code: string, months: number, participants: number, running = false) => {
    const startDate = calendar.date(months);
    return {
      code,
      startDate,
      endDate: running ? null : DemoCalendar.addDays(startDate, 334),
      participants,
      surveyed: !running,
    };
  };
  const code = (months: number) => calendar.date(months).slice(0, 7);
  return [
    cohort(code(-22), -22, 90),
    cohort(code(-18), -18, 80),
    cohort(code(-15), -15, 90),
    cohort(code(-4), -4, 70, true),
  ];
}

function presentOn(draft: DemoDraft, date: string): boolean {
  const left = draft.events.find((event) => event.type === 'left');
  return draft.joinDate <= date && !(left && left.date <= date);
}

/** Weighted sampling without replacement (Efraimidis–Spirakis): the n largest u^(1/w). */
function sample(
  random: DemoRandom,
  drafts: readonly DemoDraft[],
  n: number,
  weight: (d: DemoDraft) => number,
) {
  return drafts
    .map((draft) => ({
      draft,
      key: Math.pow(random.integer(1, 1_000_000) / 1_000_001, 1 / weight(draft)),
    }))
    .sort((a, b) => b.key - a.key || a.draft.index - b.draft.index)
    .slice(0, n)
    .map(({ draft }) => draft);
}

export function planCatapult(
  random: DemoRandom,
  calendar: DemoCalendar,
  drafts: readonly DemoDraft[],
): DemoCatapult {
  const cohorts = cohortsOf(calendar);
  const secondSnapshot = calendar.date(-12);
  const taken = new Set<number>();
  const enrolments: DemoEnrolment[] = [];
  const mentees: { draftIndex: number; startDate: string }[] = [];
  for (const cohort of cohorts) {
    // Only people in a snapshot: someone who came and went between extracts is unknown to HR data.
    const known = (d: DemoDraft) =>
      d.joinDate <= calendar.date(-24) || presentOn(d, secondSnapshot);
    const candidates = drafts.filter(
      (d) => !taken.has(d.index) && known(d) && presentOn(d, cohort.startDate),
    );
    const chosen = sample(
      random,
      candidates.filter((d) => MENTEE_GRADES.includes(d.startGrade)),
      cohort.participants,
      (d) => SELECTION_WEIGHT[d.sebGroup],
    );
    chosen.forEach((d) => taken.add(d.index));
    const mentors = sample(
      random,
      candidates.filter((d) => MENTOR_GRADES.includes(d.startGrade)),
      Math.ceil(chosen.length / MENTEES_PER_MENTOR),
      () => 1,
    );
    mentors.forEach((mentor) =>
      enrolments.push({
        staffNumber: mentor.staffNumber,
        cohort: cohort.code,
        role: 'mentor',
        startDate: cohort.startDate,
        endDate: cohort.endDate,
        mentorStaffNumber: null,
        metExpectations: null,
        sessionsInteresting: null,
      }),
    );
    chosen.forEach((mentee, i) => {
      const startDate = DemoCalendar.addDays(cohort.startDate, random.integer(0, 13));
      const answered = cohort.surveyed && random.chance(0.9);
      mentees.push({ draftIndex: mentee.index, startDate });
      enrolments.push({
        staffNumber: mentee.staffNumber,
        cohort: cohort.code,
        role: 'participant',
        startDate,
        endDate: cohort.endDate && DemoCalendar.addDays(startDate, 334),
        mentorStaffNumber: mentors[Math.floor(i / MENTEES_PER_MENTOR)]?.staffNumber ?? null,
        metExpectations: answered ? random.chance(0.8) : null,
        sessionsInteresting: answered ? random.chance(0.88) : null,
      });
    });
  }
  return { cohorts, enrolments, mentees };
}
