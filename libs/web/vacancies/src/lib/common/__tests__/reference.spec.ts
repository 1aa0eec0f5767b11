import { formatDate, formatDateTime, londonToday } from '../dates';
import { choiceItems, nameOf, selectOptions } from '../reference';
import { holdsAnyRole } from '../roles';
import { REFERENCE } from './fixtures';

describe('reference data', () => {
  it('names codes, and falls back to the code for one it does not know', () => {
    expect(nameOf(REFERENCE, 'departments', 'MOJ')).toBe('Ministry of Justice');
    expect(nameOf(REFERENCE, 'regions', 'XYZ')).toBe('XYZ');
  });

  it('offers active entries only, grades by rank and the rest by name', () => {
    expect(choiceItems(REFERENCE, 'grades').map((item) => item.value)).toEqual(['HEO', 'SEO']);
    expect(selectOptions(REFERENCE, 'departments', 'Any department')).toEqual([
      { value: '', text: 'Any department' },
      { value: 'MOJ', text: 'Ministry of Justice' },
      { value: 'DWP', text: 'Work and Pensions' },
    ]);
  });
});

describe('dates', () => {
  it('formats dates and times in UK time, GOV.UK style', () => {
    expect(formatDate('2026-03-27')).toBe('27 March 2026');
    expect(formatDateTime('2026-07-01T13:05:00Z')).toBe('1 July 2026 at 2:05pm');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('takes today from the London calendar', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31');
  });
});

describe(holdsAnyRole.name, () => {
  it('is true when any grant is one of the roles', () => {
    expect(
      holdsAnyRole([{ role: 'participant' }, { role: 'network_lead' }], ['admin', 'network_lead']),
    ).toBe(true);
    expect(holdsAnyRole([{ role: 'participant' }], ['admin'])).toBe(false);
    expect(holdsAnyRole(undefined, ['admin'])).toBe(false);
  });
});
