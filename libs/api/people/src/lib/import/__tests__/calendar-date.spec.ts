import { isCalendarDate } from '../calendar-date';

describe(isCalendarDate.name, () => {
  it.each(['2024-01-01', '2024-02-29', '2000-02-29', '1999-12-31', '2025-04-30'])(
    'accepts the real day %s',
    (value) => expect(isCalendarDate(value)).toBe(true),
  );

  it.each([
    ['2023-02-29', 'not a leap year'],
    ['1900-02-29', 'a century that is not a leap year'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-13-01', 'no month 13'],
    ['2024-00-10', 'no month 0'],
    ['2024-01-00', 'no day 0'],
    ['0000-01-01', 'no year 0'],
    ['2024-1-01', 'month without its leading zero'],
    ['01/02/2024', 'another format'],
    ['2024-01-01T00:00', 'a time as well'],
    [' 2024-01-01', 'padding'],
    ['', 'empty'],
  ])('rejects %s (%s)', (value) => expect(isCalendarDate(value)).toBe(false));
});
