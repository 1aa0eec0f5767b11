import { DemoCalendar } from '../demo/demo-calendar';
import { generateDemoDataset } from '../demo/generate-demo-dataset';

const calendar = DemoCalendar.ofMonth(new Date('2026-11-27T12:00:00Z'));

describe('generateDemoDataset', () => {
  const dataset = generateDemoDataset(calendar);

  it('is the same every time for the same month', () => {
    const again = generateDemoDataset(calendar);
    expect(again.events).toEqual(dataset.events);
    expect(again.enrolments).toEqual(dataset.enrolments);
    expect(again.people.slice(0, 50)).toEqual(dataset.people.slice(0, 50));
  });

  it('builds a department of about 3,000 people with two snapshots a year apart', () => {
    expect(dataset.snapshotDates).toEqual(['2024-11-01', '2025-11-01']);
    expect(dataset.people.length).toBeGreaterThan(2_800);
    expect(dataset.people.length).toBeLessThan(3_200);
    const dates = new Set(dataset.snapshots.map((snapshot) => snapshot.snapshotDate));
    expect([...dates].sort()).toEqual([...dataset.snapshotDates]);
  });

  it('dates every event within the two years before the month, each id once', () => {
    const dates = dataset.events.map((event) => event.effectiveDate).sort();
    expect(dates[0]).toBe(dates.find((date) => date >= '2024-11-01'));
    expect(dates.filter((date) => date >= '2026-11-01')).toEqual([]);
    expect(new Set(dataset.events.map((event) => event.eventId)).size).toBe(dataset.events.length);
  });

  it('enrols only people of the department, mentees with a mentor, mostly from lower SEB', () => {
    const staff = new Set(dataset.people.map((person) => person.staffNumber));
    expect(dataset.enrolments.every((e) => staff.has(e.staffNumber))).toBe(true);
    const mentees = dataset.enrolments.filter((e) => e.role === 'participant');
    expect(mentees.length).toBe(330);
    expect(
      mentees.every((e) => e.mentorStaffNumber !== null && staff.has(e.mentorStaffNumber)),
    ).toBe(true);
    const occupation = new Map(
      dataset.people.map((p) => [p.staffNumber, p.answers.seb_occupation]),
    );
    const lower = mentees.filter((e) =>
      ['technical_craft', 'routine', 'long_term_unemployed'].includes(
        occupation.get(e.staffNumber) ?? '',
      ),
    );
    expect(lower.length / mentees.length).toBeGreaterThan(0.8);
  });

  it('answers the survey like the case study: about 80% met expectations, 88% interesting', () => {
    const answered = dataset.enrolments.filter((e) => e.metExpectations !== null);
    const share = (pick: (e: (typeof answered)[number]) => boolean | null) =>
      answered.filter((e) => pick(e) === true).length / answered.length;
    expect(Math.abs(share((e) => e.metExpectations) - 0.8)).toBeLessThan(0.06);
    expect(Math.abs(share((e) => e.sessionsInteresting) - 0.88)).toBeLessThan(0.06);
  });
});

describe('DemoCalendar', () => {
  it('counts months and days from the first of the month', () => {
    expect(calendar.date(0)).toBe('2026-11-01');
    expect(calendar.date(-22, 3)).toBe('2025-01-04');
    expect(DemoCalendar.addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(DemoCalendar.daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });
});
