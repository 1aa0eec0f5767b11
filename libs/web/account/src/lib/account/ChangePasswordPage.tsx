import { useChangePasswordMutation } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  type Problem,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { PasswordInput } from '../form/PasswordInput';

const FIELD_IDS = { currentPassword: 'current-password', newPassword: 'new-password' };

export function ChangePasswordPage() {
  const navigate = useNavigate();
  const [changePassword, { loading }] = useChangePasswordMutation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const { errors, hasErrors, show } = useFormErrors(FIELD_IDS, 'currentPassword');
  useDocumentTitle('Change your password', hasErrors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Problem[] = [];
    if (!currentPassword)
      problems.push({ field: 'currentPassword', message: 'Enter your current password' });
    if (newPassword.length < 12)
      problems.push({
        field: 'newPassword',
        message: 'New password must be 12 characters or more',
      });
    if (problems.length > 0) return show(problems);
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      const state: FlashState = { flash: 'Your password has been changed' };
      navigate('/account', { state });
    } catch (error) {
      show(problemsFrom(error));
    }
  };

  return (
    <>
      <BackLink href="/account" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">Change your password</h1>
          <p className="govuk-body">This signs you out everywhere else you are signed in.</p>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <PasswordInput
              id="current-password"
              name="currentPassword"
              label="Current password"
              autoComplete="current-password"
              value={currentPassword}
              onChange={setCurrentPassword}
              errorMessage={errors.byField['currentPassword']}
            />
            <PasswordInput
              id="new-password"
              name="newPassword"
              label="New password"
              hint="Must be 12 characters or more"
              autoComplete="new-password"
              value={newPassword}
              onChange={setNewPassword}
              errorMessage={errors.byField['newPassword']}
            />
            <Button preventDoubleClick disabled={loading}>
              Change password
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
