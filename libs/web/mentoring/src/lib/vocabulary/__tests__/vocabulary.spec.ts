import { formatDate, formatMinutes, isoToday } from '../dates';
import { departmentLabel, gradeLabel, preferenceLabel, sebGroupLabel, topicList } from '../labels';
import { cohortWindowTag, eligibleTag } from '../status';

describe('formatDate', () => {
  it('writes dates and date-times the GOV.UK way, in UTC', () => {
    expect(formatDate('2026-03-27')).toBe('27 March 2026');
    expect(formatDate('2026-03-27T23:30:00.000Z')).toBe('27 March 2026');
  });

  it('says when there is no date, and leaves text it cannot read alone', () => {
    expect(formatDate(null)).toBe('Not set');
    expect(formatDate('')).toBe('Not set');
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatMinutes', () => {
  it('uses hours and minutes in words', () => {
    expect(formatMinutes(45)).toBe('45 minutes');
    expect(formatMinutes(60)).toBe('1 hour');
    expect(formatMinutes(90)).toBe('1 hour 30 minutes');
    expect(formatMinutes(121)).toBe('2 hours 1 minute');
    expect(formatMinutes(0)).toBe('0 minutes');
  });
});

describe('isoToday', () => {
  it('is the UTC calendar date the API checks against', () => {
    expect(isoToday(new Date('2026-03-27T23:59:59Z'))).toBe('2026-03-27');
  });
});

describe('labels', () => {
  it('names mentee preferences from either side of the pair', () => {
    expect(preferenceLabel('same', 'profession')).toBe('From my profession');
    expect(preferenceLabel('same', 'department', 'their')).toBe('From their department');
    expect(preferenceLabel('other', 'department')).toBe('From a different department');
    expect(preferenceLabel('any', 'profession')).toBe('No preference');
  });

  it('lists topics in words', () => {
    expect(topicList(['hidden_rules', 'job_shadowing'])).toBe(
      'Hidden rules of the Civil Service, Job shadowing',
    );
    expect(topicList([])).toBe('');
  });

  it('names reference codes, keeping codes it does not know', () => {
    expect(gradeLabel('G7')).toBe('Grade 7');
    expect(departmentLabel('DWP')).toBe('Work and Pensions');
    expect(departmentLabel('NEW-DEPT')).toBe('NEW-DEPT');
    expect(sebGroupLabel('lower')).toBe('Lower');
    expect(sebGroupLabel('all')).toBe('All mentees');
  });
});

describe('cohortWindowTag', () => {
  it('tells open, not yet open and closed cohorts apart', () => {
    const window = { applicationsOpen: '2026-03-01', applicationsClose: '2026-03-31' };
    expect(cohortWindowTag({ ...window, isOpen: true }, '2026-03-10').text).toBe(
      'Open for applications',
    );
    expect(cohortWindowTag({ ...window, isOpen: false }, '2026-02-10').text).toBe('Not open yet');
    expect(cohortWindowTag({ ...window, isOpen: false }, '2026-04-10').text).toBe(
      'Applications closed',
    );
  });
});

describe('eligibleTag', () => {
  it('says yes or no only, and not known when the API could not tell', () => {
    expect(eligibleTag(true)).toEqual({ text: 'Yes', colour: 'green' });
    expect(eligibleTag(false)).toEqual({ text: 'No', colour: 'red' });
    expect(eligibleTag(null).text).toBe('Not known');
  });
});
