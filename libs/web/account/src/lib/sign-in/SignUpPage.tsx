import { useSignUpMutation, useSignUpOptionsQuery } from '@pathways/web-graphql';
import {
  Button,
  FormErrorSummary,
  Select,
  TextInput,
  useDocumentTitle,
  useFormErrors,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'react-router-dom';
import { problemsFrom } from '../common/graphql-errors';
import { PasswordInput } from '../form/PasswordInput';
import { returnPathFrom } from '../session/return-path';
import {
  EMPTY_SIGN_UP,
  SIGN_UP_FIELD_IDS,
  validateSignUp,
  type SignUpValues,
} from './sign-up-form';
import { useSignedIn } from './useSignedIn';

export function SignUpPage() {
  const { state } = useLocation();
  const Link = useLinkComponent();
  const signedIn = useSignedIn();
  const { data: options } = useSignUpOptionsQuery();
  const [signUp, { loading }] = useSignUpMutation();
  const [values, setValues] = useState<SignUpValues>(EMPTY_SIGN_UP);
  const { errors, hasErrors, show } = useFormErrors(SIGN_UP_FIELD_IDS, 'email');
  useDocumentTitle('Create an account', hasErrors);
  const set = (field: keyof SignUpValues) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validateSignUp(values);
    if (problems.length > 0) return show(problems);
    try {
      await signUp({ variables: { input: { ...values, email: values.email.trim() } } });
      await signedIn(returnPathFrom(state, '/questions'));
    } catch (error) {
      show(problemsFrom(error));
    }
  };

  const departments = (options?.departments ?? [])
    .filter((department) => department.active)
    .map((department) => ({ value: department.code, text: department.name }));
  const grades = [...(options?.grades ?? [])]
    .sort((a, b) => a.rank - b.rank)
    .map((grade) => ({ value: grade.code, text: grade.name }));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Create an account</h1>
        <p className="govuk-body">
          If you already have an account,{' '}
          <Link href="/sign-in" className="govuk-link">
            sign in
          </Link>
          .
        </p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextInput
            id="given-name"
            name="givenName"
            label="First name"
            autoComplete="given-name"
            spellCheck={false}
            value={values.givenName}
            onChange={set('givenName')}
            errorMessage={errors.byField['givenName']}
          />
          <TextInput
            id="family-name"
            name="familyName"
            label="Last name"
            autoComplete="family-name"
            spellCheck={false}
            value={values.familyName}
            onChange={set('familyName')}
            errorMessage={errors.byField['familyName']}
          />
          <TextInput
            id="email"
            name="email"
            type="email"
            label="Work email address"
            hint="You will use this to sign in"
            autoComplete="email"
            spellCheck={false}
            value={values.email}
            onChange={set('email')}
            errorMessage={errors.byField['email']}
          />
          <TextInput
            id="staff-number"
            name="staffNumber"
            label="Staff number"
            hint="It stays the same when you move department"
            width="10"
            spellCheck={false}
            value={values.staffNumber}
            onChange={set('staffNumber')}
            errorMessage={errors.byField['staffNumber']}
          />
          <Select
            id="department"
            name="departmentCode"
            label="Department"
            options={[{ value: '', text: 'Select your department' }, ...departments]}
            value={values.departmentCode}
            onChange={set('departmentCode')}
            errorMessage={errors.byField['departmentCode']}
          />
          <Select
            id="grade"
            name="gradeCode"
            label="Grade"
            options={[{ value: '', text: 'Select your grade' }, ...grades]}
            value={values.gradeCode}
            onChange={set('gradeCode')}
            errorMessage={errors.byField['gradeCode']}
          />
          <PasswordInput
            id="password"
            name="password"
            label="Create a password"
            hint="Must be 12 characters or more"
            autoComplete="new-password"
            value={values.password}
            onChange={set('password')}
            errorMessage={errors.byField['password']}
          />
          <Button preventDoubleClick disabled={loading}>
            Create account
          </Button>
        </form>
      </div>
    </div>
  );
}
