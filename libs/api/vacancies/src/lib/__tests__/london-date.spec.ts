import { alertNotification } from '../delivery/alert-notification';
import { londonToday, longDate } from '../london-date';

describe(longDate.name, () => {
  it('writes the day, the month in words and the year, as GOV.UK does', () => {
    expect(longDate('2030-01-31')).toBe('31 January 2030');
    expect(longDate('2026-05-01')).toBe('1 May 2026');
  });

  it('keeps the calendar day whatever the clock’s time zone', () => {
    expect(longDate('2026-03-29')).toBe('29 March 2026');
    expect(longDate('2026-10-25')).toBe('25 October 2026');
    expect(longDate('2028-02-29')).toBe('29 February 2028');
  });
});

describe(londonToday.name, () => {
  it('is the UK calendar day, which is a day ahead of UTC just after midnight in summer', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});

describe(alertNotification.name, () => {
  const vacancy = {
    id: 'v1',
    title: 'Private secretary',
    departmentName: 'Justice',
    closingDate: '2030-01-31',
  };

  it('says when the role closes in words and links to the role', () => {
    expect(alertNotification('publish', vacancy)).toEqual({
      kind: 'vacancy.alert',
      title: 'New accelerator role: Private secretary',
      body: 'Justice. Closes 31 January 2030.',
      link: '/vacancies/v1',
    });
  });

  it('tells a network member the role was shared with their network', () => {
    expect(alertNotification('broadcast', vacancy)).toMatchObject({
      kind: 'vacancy.broadcast',
      title: 'Shared with your network: Private secretary',
    });
  });
});
