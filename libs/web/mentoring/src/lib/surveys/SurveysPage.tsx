import { useMySurveysDueQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Loading,
  ServiceProblem,
  Table,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { FlashBanner } from '../common/FlashBanner';
import { formatDate } from '../vocabulary/dates';
import { personName, SURVEY_KIND_LABELS } from '../vocabulary/labels';
import { otherMember } from '../relationships/relationship-view';

export function SurveysPage() {
  useDocumentTitle('Surveys');
  const Link = useLinkComponent();
  const { data, error } = useMySurveysDueQuery({ fetchPolicy: 'cache-and-network' });
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="your surveys" />;
  const due = data.mySurveysDue;
  return (
    <>
      <BackLink href="/mentoring" text="Mentoring" />
      <FlashBanner />
      <h1 className="govuk-heading-l">Surveys</h1>
      <p className="govuk-body">
        We ask how mentoring is going a month after it starts, every 2 months after that, and when
        it ends. Your answers help improve the programme. Your mentoring partner does not see them.
      </p>
      {due.length === 0 ? (
        <p className="govuk-body">You have no surveys to answer.</p>
      ) : (
        <Table
          caption="Surveys to answer"
          captionSize="m"
          firstCellIsHeader
          head={[{ content: 'Survey' }, { content: 'About mentoring with' }, { content: 'Due' }]}
          rows={due.map((survey) => [
            {
              content: (
                <Link
                  href={`/mentoring/surveys/${survey.relationshipId}/${survey.kind}`}
                  className="govuk-link"
                >
                  {SURVEY_KIND_LABELS[survey.kind]}
                  <span className="govuk-visually-hidden">
                    {' '}
                    about mentoring with {personName(otherMember(survey.relationship))}
                  </span>
                </Link>
              ),
            },
            {
              content: `${personName(otherMember(survey.relationship))} (${survey.relationship.cohort.name})`,
            },
            { content: formatDate(survey.dueOn) },
          ])}
        />
      )}
    </>
  );
}
