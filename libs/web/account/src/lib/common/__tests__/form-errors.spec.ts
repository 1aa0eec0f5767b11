import { formErrors, hasErrors, NO_ERRORS } from '../form-errors';

const FIELD_IDS = { email: 'email', staffNumber: 'staff-number', departmentCode: 'department' };

describe('formErrors', () => {
  it('links each problem to its field and shows it inline', () => {
    const errors = formErrors(
      [
        { field: 'staffNumber', message: 'Enter your staff number' },
        { field: 'departmentCode', message: 'Select your department' },
      ],
      FIELD_IDS,
      'email',
    );
    expect(errors.summary).toEqual([
      { href: '#staff-number', text: 'Enter your staff number' },
      { href: '#department', text: 'Select your department' },
    ]);
    expect(errors.byField).toEqual({
      staffNumber: 'Enter your staff number',
      departmentCode: 'Select your department',
    });
  });

  it('puts problems without a known field on the fallback field', () => {
    const errors = formErrors(
      [
        { field: null, message: 'Enter a correct email address and password' },
        { field: 'answers.0.code', message: 'Not an answer' },
      ],
      FIELD_IDS,
      'email',
    );
    expect(errors.summary).toEqual([
      { href: '#email', text: 'Enter a correct email address and password' },
    ]);
    expect(errors.byField).toEqual({ email: 'Enter a correct email address and password' });
  });

  it('shows the first problem of a field only', () => {
    const errors = formErrors(
      [
        { field: 'email', message: 'first' },
        { field: 'email', message: 'second' },
      ],
      FIELD_IDS,
      'email',
    );
    expect(errors.summary).toHaveLength(1);
    expect(errors.byField['email']).toBe('first');
  });
});

describe('hasErrors', () => {
  it('is false without problems', () => {
    expect(hasErrors(NO_ERRORS)).toBe(false);
    expect(hasErrors(formErrors([{ field: 'email', message: 'x' }], FIELD_IDS, 'email'))).toBe(
      true,
    );
  });
});
