import { useErasePersonMutation } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Checkboxes,
  FormErrorSummary,
  type Problem,
  Textarea,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { problemsFrom } from '../common/graphql-errors';
import { WarningText } from '../form/WarningText';
import { PersonErased } from './PersonErased';
import { personName, usePersonSummary } from './usePersonSummary';

const FIELD_IDS = { reason: 'reason', confirmed: 'confirmed', personId: 'reason' };

export function ErasePersonPage() {
  const { personId = '' } = useParams();
  const person = usePersonSummary(personId);
  const [erase, { data, loading }] = useErasePersonMutation();
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const { errors, hasErrors, show } = useFormErrors(FIELD_IDS, 'reason');
  useDocumentTitle('Erase this person’s data', hasErrors);
  if (data) return <PersonErased erasedAt={data.erasePerson.erasedAt} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Problem[] = [];
    if (!reason.trim())
      problems.push({ field: 'reason', message: 'Enter why you are erasing this person’s data' });
    if (!confirmed.includes('yes'))
      problems.push({
        field: 'confirmed',
        message: 'Confirm that you understand this cannot be undone',
      });
    if (problems.length > 0) return show(problems);
    try {
      await erase({ variables: { input: { personId, reason: reason.trim() } } });
    } catch (error) {
      show(problemsFrom(error));
    }
  };

  return (
    <>
      <BackLink href={`/admin/people/${personId}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <span className="govuk-caption-l">{personName(person)}</span>
          <h1 className="govuk-heading-l">Erase this person’s data</h1>
          <p className="govuk-body">
            This removes their name, email address, staff number, answers about their background and
            their account. Anonymous counts in reports stay the same.
          </p>
          <WarningText>You cannot undo this.</WarningText>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <Textarea
              id="reason"
              name="reason"
              label="Why are you erasing this person’s data?"
              labelSize="m"
              hint="For example, the reference of their erasure request. This is kept in the audit log."
              value={reason}
              onChange={setReason}
              errorMessage={errors.byField['reason']}
            />
            <Checkboxes
              name="confirmed"
              legend="Confirm"
              legendSize="s"
              items={[
                {
                  value: 'yes',
                  text: 'I understand that this person’s data will be erased and cannot be recovered',
                },
              ]}
              values={confirmed}
              onChange={setConfirmed}
              errorMessage={errors.byField['confirmed']}
            />
            <Button variant="warning" preventDoubleClick disabled={loading}>
              Erase data
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
