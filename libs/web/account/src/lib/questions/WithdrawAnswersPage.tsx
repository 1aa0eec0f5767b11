import { useWithdrawMyAnswersMutation } from '@pathways/web-graphql';
import { Button, ErrorSummary, useDocumentTitle, useLinkComponent } from '@pathways/web-ui';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { clearDraft } from './draft-store';

export function WithdrawAnswersPage() {
  const navigate = useNavigate();
  const Link = useLinkComponent();
  const [withdraw, { loading }] = useWithdrawMyAnswersMutation();
  const [problem, setProblem] = useState<string | null>(null);
  useDocumentTitle('Are you sure you want to withdraw all your answers?', problem !== null);

  const confirm = async () => {
    try {
      await withdraw();
      clearDraft();
      const state: FlashState = { flash: 'Your answers have been withdrawn' };
      navigate('/questions/mine', { state });
    } catch (error) {
      setProblem(problemsFrom(error)[0].message);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problem && <ErrorSummary errors={[{ href: '#withdraw', text: problem }]} />}
        <h1 className="govuk-heading-l">Are you sure you want to withdraw all your answers?</h1>
        <p className="govuk-body">
          All your answers about your background and about you will be deleted. In reports you will
          be counted as ‘not declared’.
        </p>
        <p className="govuk-body">You can answer the questions again at any time.</p>
        <div className="govuk-button-group" id="withdraw">
          <Button variant="warning" type="button" disabled={loading} onClick={() => void confirm()}>
            Withdraw all answers
          </Button>
          <Link href="/questions/mine" className="govuk-link">
            Cancel
          </Link>
        </div>
      </div>
    </div>
  );
}
