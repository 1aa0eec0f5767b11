import { useApplyCohortQuery, useMyAnswersQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Loading,
  PageNotFound,
  Tag,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { formatDate } from '../vocabulary/dates';
import { applicationDraftStore, applyPath, emptyApplicationDraft } from './application-flow';
import { hasAnsweredBackground } from './background';
import { EligibilityMessage } from './EligibilityMessage';

export function ApplyStartPage() {
  const { cohortId = '' } = useParams();
  const Link = useLinkComponent();
  const { data, error } = useApplyCohortQuery({
    variables: { id: cohortId },
    fetchPolicy: 'cache-and-network',
  });
  const answers = useMyAnswersQuery({ fetchPolicy: 'cache-and-network' });
  const cohort = data?.cohort;
  useDocumentTitle(cohort ? `Apply to ${cohort.programme.name}` : 'Apply');
  if (error) return <PageNotFound />;
  if (!cohort || !answers.data) return <Loading what="the programme" />;
  const applied = cohort.myApplication?.status === 'active';
  const start = () => {
    if (applicationDraftStore.read().cohortId !== cohortId) {
      applicationDraftStore.write(emptyApplicationDraft(cohortId));
    }
  };
  return (
    <>
      <BackLink href="/mentoring" text="Mentoring" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{cohort.name}</span>
          <h1 className="govuk-heading-l">Apply to {cohort.programme.name}</h1>
          <EligibilityMessage
            eligibility={cohort.myEligibility}
            answeredBackground={hasAnsweredBackground(answers.data.myAnswers.answers)}
          />
          {applied ? (
            <p className="govuk-body">
              <Tag colour="blue">You have applied</Tag>{' '}
              <Link href="/mentoring/applications" className="govuk-link">
                See your applications
              </Link>
            </p>
          ) : !cohort.isOpen ? (
            <p className="govuk-body">This cohort is not taking applications.</p>
          ) : (
            cohort.myEligibility.eligible && (
              <>
                <p className="govuk-body">
                  Applications close on {formatDate(cohort.applicationsClose)}. The cohort starts on{' '}
                  {formatDate(cohort.startDate)}.
                </p>
                <p className="govuk-body">
                  We will ask what you would like to get from mentoring, the topics you want help
                  with, what kind of mentor you would like and when you could meet. It takes about 5
                  minutes. Your mentor will see your goals and topics. Nobody sees your answers
                  about your background.
                </p>
                <Button href={applyPath(cohortId, 'goals')} isStartButton onClick={start}>
                  Start now
                </Button>
              </>
            )
          )}
        </div>
      </div>
    </>
  );
}
