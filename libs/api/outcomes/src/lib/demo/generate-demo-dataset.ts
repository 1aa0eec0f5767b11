import { GRADE_CODES } from '@pathways/domain-seb';
import type { CareerEventType } from '../entities/career-event.entity';
import { DemoCalendar } from './demo-calendar';
import { DemoCatapult, planCatapult } from './demo-catapult';
import type { DemoDataset, DemoEvent, DemoPerson, DemoSnapshot } from './demo-dataset';
import { DemoDraft, draftPerson, drawEvents } from './demo-people';
import { DemoRandom } from './demo-random';

const SEED = 20_250_601;
const STARTERS = 2_800;
const JOINERS = 250;
const PROGRESSION: readonly CareerEventType[] = [
  'promotion',
  'temporary_promotion',
  'lateral_move',
];

/** Catapult's effect: a third of mentees progress within a year of starting. */
function applyProgramme(
  random: DemoRandom,
  catapult: DemoCatapult,
  drafts: readonly DemoDraft[],
  end: string,
) {
  for (const mentee of catapult.mentees) {
    const windowEnd = DemoCalendar.addDays(mentee.startDate, 365);
    if (windowEnd >= end) continue;
    const draft = drafts[mentee.draftIndex] as DemoDraft;
    const inWindow = (e: { type: CareerEventType; date: string }) =>
      PROGRESSION.includes(e.type) && e.date > mentee.startDate && e.date <= windowEnd;
    draft.events = draft.events.filter((e) => !inWindow(e));
    if (!random.chance(0.32)) continue;
    const date = DemoCalendar.addDays(mentee.startDate, random.integer(30, 360));
    if (draft.events.some((e) => e.type === 'left' && e.date <= date)) continue;
    draft.events.push({
      type: random.weighted({ promotion: 45, temporary_promotion: 35, lateral_move: 20 }),
      date,
    });
  }
}

const nextGrade = (grade: string): string =>
  GRADE_CODES[Math.min(GRADE_CODES.indexOf(grade as never) + 1, GRADE_CODES.length - 1)] as string;

/** The fictional department: the same people, events and programme for the same calendar month. */
export function generateDemoDataset(calendar: DemoCalendar = DemoCalendar.ofMonth()): DemoDataset {
  const random = new DemoRandom(SEED);
  const first = calendar.date(-24);
  const second = calendar.date(-12);
  const end = calendar.date(0);
  const drafts: DemoDraft[] = [];
  for (let i = 0; i < STARTERS + JOINERS; i++) {
    const joiner = i >= STARTERS;
    const joinDate = joiner ? DemoCalendar.addDays(first, random.integer(1, 364)) : first;
    const draft = draftPerson(random, i, joinDate, joiner);
    drawEvents(random, draft, end);
    drafts.push(draft);
  }
  const catapult = planCatapult(random, calendar, drafts);
  applyProgramme(random, catapult, drafts, end);

  const people: DemoPerson[] = [];
  const snapshots: DemoSnapshot[] = [];
  const events: Omit<DemoEvent, 'eventId'>[] = [];
  for (const draft of drafts) {
    let grade = draft.startGrade;
    let gradeAtSecond = grade;
    const ordered = [...draft.events].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    );
    for (const event of ordered) {
      const step = event.type === 'promotion' || event.type === 'temporary_promotion';
      const to = step ? nextGrade(grade) : null;
      events.push({
        staffNumber: draft.staffNumber,
        type: event.type,
        effectiveDate: event.date,
        fromGrade: step ? grade : null,
        toGrade: to,
      });
      if (event.type === 'promotion' && to) grade = to;
      if (event.date <= second) gradeAtSecond = grade;
    }
    const leftOn = ordered.find((e) => e.type === 'left')?.date;
    const snapshot = (snapshotDate: string, gradeCode: string): DemoSnapshot => ({
      staffNumber: draft.staffNumber,
      snapshotDate,
      gradeCode,
      professionCode: draft.person.professionCode,
      regionCode: draft.person.regionCode,
      sebOccupation: draft.person.answers.seb_occupation,
    });
    const mine: DemoSnapshot[] = [];
    if (draft.joinDate <= first) mine.push(snapshot(first, draft.startGrade));
    if (draft.joinDate <= second && !(leftOn && leftOn <= second))
      mine.push(snapshot(second, gradeAtSecond));
    if (mine.length === 0) continue;
    snapshots.push(...mine);
    people.push({ ...draft.person, gradeCode: (mine.at(-1) as DemoSnapshot).gradeCode });
  }
  const listed = new Set(people.map((p) => p.staffNumber));
  events.sort((a, b) =>
    a.effectiveDate < b.effectiveDate
      ? -1
      : a.effectiveDate > b.effectiveDate
        ? 1
        : a.staffNumber < b.staffNumber
          ? -1
          : 1,
  );
  return {
    snapshotDates: [first, second],
    people,
    snapshots,
    events: events
      .filter((e) => listed.has(e.staffNumber))
      .map((e, i) => ({ ...e, eventId: `DEMO-${i + 1}` })),
    cohorts: catapult.cohorts,
    enrolments: catapult.enrolments,
  };
}
