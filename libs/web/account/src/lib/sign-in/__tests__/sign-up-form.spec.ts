import { EMPTY_SIGN_UP, validateSignUp } from '../sign-up-form';

const valid = {
  givenName: 'Sam',
  familyName: 'Smith',
  email: 'sam.smith@example.gov.uk',
  staffNumber: 'AB-1234',
  departmentCode: 'DWP',
  gradeCode: 'EO',
  password: 'a long enough password',
};

describe('validateSignUp', () => {
  it('accepts a complete form', () => {
    expect(validateSignUp(valid)).toEqual([]);
  });

  it('reports every missing answer at once, in page order', () => {
    expect(validateSignUp(EMPTY_SIGN_UP).map((problem) => problem.field)).toEqual([
      'givenName',
      'familyName',
      'email',
      'staffNumber',
      'departmentCode',
      'gradeCode',
      'password',
    ]);
  });

  it('uses the API’s wording for a badly formed email address and staff number', () => {
    expect(validateSignUp({ ...valid, email: 'sam', staffNumber: 'A B' })).toEqual([
      {
        field: 'email',
        message: 'Enter an email address in the correct format, like name@example.gov.uk',
      },
      {
        field: 'staffNumber',
        message: 'Enter your staff number, 3 to 20 letters, digits or hyphens',
      },
    ]);
  });

  it('asks for a password of 12 characters or more', () => {
    expect(validateSignUp({ ...valid, password: 'short' })).toEqual([
      { field: 'password', message: 'Password must be 12 characters or more' },
    ]);
  });
});
