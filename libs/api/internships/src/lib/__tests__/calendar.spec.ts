import { ageOn, longDate, longMonth, termEnd } from '../rules/calendar';
import { checkInMonths } from '../services/line-manager.service';
import type { PlacementEntity } from '../entities/placement.entity';

describe('calendar', () => {
  it('writes dates and months as GOV.UK does', () => {
    expect(longDate('2026-09-01')).toBe('1 September 2026');
    expect(longMonth('2027-01')).toBe('January 2027');
  });

  it('ends a term the day before the same date months later', () => {
    expect(termEnd('2026-09-01', 12)).toBe('2027-08-31');
    expect(termEnd('2026-09-01', 18)).toBe('2028-02-29');
    expect(termEnd('2027-01-31', 1)).toBe('2027-02-27');
  });

  it('counts full years of age', () => {
    expect(ageOn('2000-09-02', '2026-09-01')).toBe(25);
    expect(ageOn('2000-09-01', '2026-09-01')).toBe(26);
  });
});

describe(checkInMonths.name, () => {
  const placement = (fields: Partial<PlacementEntity>) =>
    ({
      internPersonId: 'i',
      startDate: '2026-09-15',
      endDate: '2027-09-14',
      ...fields,
    }) as PlacementEntity;

  it('lists the months from the start to today, newest first', () => {
    expect(checkInMonths(placement({}), '2026-11-02')).toEqual(['2026-11', '2026-10', '2026-09']);
  });

  it('crosses the year and stops at the end of the placement', () => {
    expect(checkInMonths(placement({ endDate: '2027-01-20' }), '2027-06-01')).toEqual([
      '2027-01',
      '2026-12',
      '2026-11',
      '2026-10',
      '2026-09',
    ]);
  });

  it('has none before the start or without an intern', () => {
    expect(checkInMonths(placement({}), '2026-09-14')).toEqual([]);
    expect(checkInMonths(placement({ internPersonId: null }), '2026-10-01')).toEqual([]);
  });
});
