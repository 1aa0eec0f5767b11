import {
  applySteps,
  dateOfBirthProblem,
  EMPTY_DRAFT,
  eligibilityAnswers,
  missingCareStep,
  nextStep,
  previousStep,
  weeksProblem,
} from '../apply/apply-flow';

describe('apply flow', () => {
  it('asks for a date of birth only when the record has none', () => {
    expect(applySteps(true)).toEqual([
      'weeks-in-care',
      'after-sixteen',
      'date-of-birth',
      'eligibility',
      'regions',
      'work',
      'check',
    ]);
    expect(applySteps(false)).not.toContain('date-of-birth');
    expect(nextStep('after-sixteen', false, false)).toBe('eligibility');
    expect(previousStep('eligibility', true)).toBe('date-of-birth');
    expect(previousStep('weeks-in-care', true)).toBeNull();
  });

  it('checks eligibility again after a care answer changes, and returns to the check page otherwise', () => {
    expect(nextStep('weeks-in-care', true, true)).toBe('eligibility');
    expect(nextStep('regions', true, true)).toBe('check');
  });

  it('finds the first care answer still missing', () => {
    const today = '2026-06-01';
    expect(missingCareStep(EMPTY_DRAFT, true, today)).toBe('weeks-in-care');
    const answered = { ...EMPTY_DRAFT, weeksInCare: '20', inCareAfterSixteen: 'yes' as const };
    expect(missingCareStep(answered, true, today)).toBe('date-of-birth');
    expect(missingCareStep(answered, false, today)).toBeNull();
  });

  it('explains a weeks answer that is not a whole number', () => {
    expect(weeksProblem('')?.message).toBe('Enter how many weeks you were in care');
    expect(weeksProblem('12.5')?.message).toBe(
      'Enter the number of weeks as a whole number, like 20',
    );
    expect(weeksProblem(' 26 ')).toBeNull();
  });

  it('wants a real date of birth in the past', () => {
    expect(dateOfBirthProblem({ day: '', month: '', year: '' }, '2026-06-01')?.message).toBe(
      'Enter your date of birth',
    );
    expect(dateOfBirthProblem({ day: '31', month: '2', year: '2005' }, '2026-06-01')?.message).toBe(
      'Date of birth must be a real date',
    );
    expect(dateOfBirthProblem({ day: '2', month: '6', year: '2026' }, '2026-06-01')?.message).toBe(
      'Date of birth must be in the past',
    );
  });

  it('sends the date of birth only when the application asked for it', () => {
    const draft = {
      ...EMPTY_DRAFT,
      weeksInCare: '30',
      inCareAfterSixteen: 'no' as const,
      dateOfBirth: { day: '7', month: '3', year: '2006' },
    };
    expect(eligibilityAnswers('i1', draft, true)).toEqual({
      intakeId: 'i1',
      weeksInCare: 30,
      inCareAfterSixteen: false,
      dateOfBirth: '2006-03-07',
    });
    expect(eligibilityAnswers('i1', draft, false).dateOfBirth).toBeNull();
  });
});
