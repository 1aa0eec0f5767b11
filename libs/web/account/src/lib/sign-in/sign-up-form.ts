import type { Problem } from '@pathways/web-ui';

export interface SignUpValues {
  givenName: string;
  familyName: string;
  email: string;
  staffNumber: string;
  departmentCode: string;
  gradeCode: string;
  password: string;
}

export const EMPTY_SIGN_UP: SignUpValues = {
  givenName: '',
  familyName: '',
  email: '',
  staffNumber: '',
  departmentCode: '',
  gradeCode: '',
  password: '',
};

/** Input field → element id; the API names the same fields in extensions.field. */
export const SIGN_UP_FIELD_IDS: Record<keyof SignUpValues, string> = {
  givenName: 'given-name',
  familyName: 'family-name',
  email: 'email',
  staffNumber: 'staff-number',
  departmentCode: 'department',
  gradeCode: 'grade',
  password: 'password',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Every problem at once, in page order, with the API's wording; the API checks again and
 * reports one problem at a time.
 */
export function validateSignUp(values: SignUpValues): Problem[] {
  const problems: Problem[] = [];
  const add = (field: keyof SignUpValues, message: string) => problems.push({ field, message });
  if (!values.givenName.trim()) add('givenName', 'Enter your first name');
  if (!values.familyName.trim()) add('familyName', 'Enter your last name');
  if (!values.email.trim()) add('email', 'Enter your email address');
  else if (!EMAIL.test(values.email.trim()))
    add('email', 'Enter an email address in the correct format, like name@example.gov.uk');
  if (!/^[A-Za-z0-9-]{3,20}$/.test(values.staffNumber.trim()))
    add('staffNumber', 'Enter your staff number, 3 to 20 letters, digits or hyphens');
  if (!values.departmentCode) add('departmentCode', 'Select your department');
  if (!values.gradeCode) add('gradeCode', 'Select your grade');
  if (values.password.length < 12) add('password', 'Password must be 12 characters or more');
  return problems;
}
