import { useMyAnswersQuery } from '@pathways/web-graphql';
import {
  Button,
  Loading,
  NotificationBanner,
  ServiceProblem,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { flashFrom } from '../common/flash';
import { AnswerSummary } from './AnswerSummary';
import { clearDraft } from './draft-store';
import { draftFromSaved, hasAnyAnswer } from './questionnaire-flow';

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** The answers as saved; changing one starts a new draft from them. */
export function MyAnswersPage() {
  useDocumentTitle('Your answers');
  const { state } = useLocation();
  const flash = flashFrom(state);
  const { data, error } = useMyAnswersQuery({ fetchPolicy: 'network-only' });
  useEffect(() => clearDraft(), []);
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="your answers" />;
  const { answers, updatedAt } = data.myAnswers;
  const answered = hasAnyAnswer(answers);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {flash && <NotificationBanner type="success" heading={flash} />}
        <h1 className="govuk-heading-l">Your answers</h1>
        <p className="govuk-body">
          Only you can see these answers. Programme leads only learn whether you are eligible for a
          programme, and analysts only see totals for groups of 10 or more.
        </p>
        {answered ? (
          <>
            {updatedAt && (
              <p className="govuk-body">Last changed {DATE_TIME.format(new Date(updatedAt))}.</p>
            )}
            <AnswerSummary
              draft={draftFromSaved(answers)}
              changeHref={(key) => `/questions/${key}?change=check`}
            />
            <h2 className="govuk-heading-m">Withdraw your answers</h2>
            <p className="govuk-body">
              You can withdraw all your answers. You will then be counted as ‘not declared’.
            </p>
            <Button href="/questions/mine/withdraw" variant="warning">
              Withdraw all your answers
            </Button>
          </>
        ) : (
          <>
            <p className="govuk-body">You have not answered the questions about your background.</p>
            <Button href="/questions" isStartButton>
              Answer the questions
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
