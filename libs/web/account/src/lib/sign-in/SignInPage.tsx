import { useSignInMutation } from '@pathways/web-graphql';
import {
  Button,
  FormErrorSummary,
  type Problem,
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
import { useSignedIn } from './useSignedIn';

const FIELD_IDS = { email: 'email', password: 'password' };

export function SignInPage() {
  const { state } = useLocation();
  const Link = useLinkComponent();
  const signedIn = useSignedIn();
  const [signIn, { loading }] = useSignInMutation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { errors, hasErrors, show } = useFormErrors(FIELD_IDS, 'email');
  useDocumentTitle('Sign in', hasErrors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Problem[] = [];
    if (!email.trim()) problems.push({ field: 'email', message: 'Enter your email address' });
    if (!password) problems.push({ field: 'password', message: 'Enter your password' });
    if (problems.length === 0) {
      try {
        await signIn({ variables: { input: { email: email.trim(), password } } });
        await signedIn(returnPathFrom(state, '/account'));
        return;
      } catch (error) {
        problems.push(...problemsFrom(error));
      }
    }
    show(problems);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextInput
            id="email"
            name="email"
            type="email"
            label="Email address"
            autoComplete="email"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            errorMessage={errors.byField['email']}
          />
          <PasswordInput
            id="password"
            name="password"
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            errorMessage={errors.byField['password']}
          />
          <Button preventDoubleClick disabled={loading}>
            Sign in
          </Button>
        </form>
        <p className="govuk-body">
          If you do not have an account,{' '}
          <Link href="/sign-up" className="govuk-link">
            create an account
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
