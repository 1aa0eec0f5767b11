import {
  checkInDates,
  closeOutDate,
  ScheduledRelationship,
  surveyKey,
  surveysDue,
} from '../rules/survey-schedule';

const active: ScheduledRelationship = {
  status: 'active',
  startedOn: '2026-01-10',
  endedOn: null,
  durationMonths: 12,
};

describe(checkInDates.name, () => {
  it('falls 30 days after the start, then every 60 days', () => {
    expect(checkInDates('2026-01-10', '2026-08-01')).toEqual([
      '2026-02-09',
      '2026-04-10',
      '2026-06-09',
    ]);
  });

  it('includes a check-in falling on the last day', () => {
    expect(checkInDates('2026-01-10', '2026-02-09')).toEqual(['2026-02-09']);
  });

  it('has none in the first 29 days', () => {
    expect(checkInDates('2026-01-10', '2026-02-08')).toEqual([]);
  });
});

describe(closeOutDate.name, () => {
  it('is the planned end while the relationship runs', () => {
    expect(closeOutDate(active)).toBe('2027-01-10');
    expect(closeOutDate({ ...active, startedOn: '2026-08-31', durationMonths: 6 })).toBe(
      '2027-02-28',
    );
  });

  it('is the day it ended once it has', () => {
    expect(closeOutDate({ ...active, status: 'ended_early', endedOn: '2026-03-01' })).toBe(
      '2026-03-01',
    );
  });

  it('is null before it starts', () => {
    expect(closeOutDate({ ...active, startedOn: null })).toBeNull();
  });
});

describe(surveysDue.name, () => {
  const none = new Set<string>();

  it('owes nothing in the first 29 days', () => {
    expect(surveysDue(active, '2026-02-08', none)).toEqual([]);
  });

  it('owes the first check-in from day 30', () => {
    expect(surveysDue(active, '2026-02-09', none)).toEqual([
      { kind: 'check_in', dueOn: '2026-02-09' },
    ]);
    expect(surveysDue(active, '2026-03-20', none)).toEqual([
      { kind: 'check_in', dueOn: '2026-02-09' },
    ]);
  });

  it('owes only the latest check-in once the next falls due', () => {
    expect(surveysDue(active, '2026-04-10', none)).toEqual([
      { kind: 'check_in', dueOn: '2026-04-10' },
    ]);
  });

  it('owes nothing once the latest check-in is answered', () => {
    const answered = new Set([surveyKey({ kind: 'check_in', dueOn: '2026-02-09' })]);
    expect(surveysDue(active, '2026-03-01', answered)).toEqual([]);
  });

  it('owes the close-out survey, and no check-in, when the relationship has ended', () => {
    const completed = { ...active, status: 'completed', endedOn: '2026-05-01' };
    expect(surveysDue(completed, '2026-06-01', none)).toEqual([
      { kind: 'close_out', dueOn: '2026-05-01' },
    ]);
  });

  it('owes the close-out survey from the planned end of a relationship still running', () => {
    expect(surveysDue(active, '2027-01-10', none)).toEqual([
      { kind: 'close_out', dueOn: '2027-01-10' },
    ]);
  });

  it('owes nothing once the close-out survey is answered', () => {
    const ended = { ...active, status: 'ended_early', endedOn: '2026-03-01' };
    const answered = new Set([surveyKey({ kind: 'close_out', dueOn: '2026-03-01' })]);
    expect(surveysDue(ended, '2026-04-01', answered)).toEqual([]);
  });

  it.each(['proposed', 'declined', 'returned'])('owes nothing for a %s relationship', (status) => {
    expect(surveysDue({ ...active, status }, '2026-06-01', none)).toEqual([]);
  });
});
