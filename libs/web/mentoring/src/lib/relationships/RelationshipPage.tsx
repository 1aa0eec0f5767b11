import { useMySurveysDueQuery, useRelationshipTimelineQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Loading,
  PageNotFound,
  PreservedText,
  SummaryList,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { FlashBanner } from '../common/FlashBanner';
import { StatusTagOf } from '../common/StatusTagOf';
import { formatDate } from '../vocabulary/dates';
import {
  departmentLabel,
  gradeLabel,
  personName,
  SURVEY_KIND_LABELS,
  topicList,
} from '../vocabulary/labels';
import { RELATIONSHIP_STATUS_TAGS } from '../vocabulary/status';
import { otherMember } from './relationship-view';
import { Timeline } from './Timeline';

export function RelationshipPage() {
  const { relationshipId = '' } = useParams();
  const Link = useLinkComponent();
  const { data, error } = useRelationshipTimelineQuery({
    variables: { id: relationshipId },
    fetchPolicy: 'cache-and-network',
  });
  const surveys = useMySurveysDueQuery({ fetchPolicy: 'cache-and-network' });
  const relationship = data?.relationshipTimeline.relationship;
  const title = relationship
    ? `Mentoring with ${personName(otherMember(relationship))}`
    : 'Mentoring relationship';
  useDocumentTitle(title);
  if (error) return <PageNotFound />;
  if (!data || !relationship) return <Loading what="the relationship" />;
  const base = `/mentoring/relationships/${relationship.id}`;
  const due = (surveys.data?.mySurveysDue ?? []).filter(
    (s) => s.relationshipId === relationship.id,
  );
  const person = (p: {
    givenName: string;
    familyName: string;
    gradeCode: string;
    departmentCode: string;
  }) => `${personName(p)}, ${gradeLabel(p.gradeCode)}, ${departmentLabel(p.departmentCode)}`;

  return (
    <>
      <BackLink href="/mentoring" text="Mentoring" />
      <FlashBanner />
      <span className="govuk-caption-l">
        {relationship.cohort.programme.name}, {relationship.cohort.name}
      </span>
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {due.map((survey) => (
            <p className="govuk-body" key={survey.kind}>
              <Link
                href={`/mentoring/surveys/${relationship.id}/${survey.kind}`}
                className="govuk-link govuk-!-font-weight-bold"
              >
                Answer the {SURVEY_KIND_LABELS[survey.kind].toLowerCase()}
              </Link>
            </p>
          ))}
          <SummaryList
            rows={[
              {
                key: 'Status',
                value: <StatusTagOf tag={RELATIONSHIP_STATUS_TAGS[relationship.status]} />,
              },
              { key: 'Mentee', value: person(relationship.mentee.person) },
              { key: 'Mentor', value: person(relationship.mentor.person) },
              { key: 'Started', value: formatDate(relationship.startedOn) },
              ...(relationship.endedOn
                ? [{ key: 'Ended', value: formatDate(relationship.endedOn) }]
                : []),
              ...(relationship.endReason
                ? [{ key: 'Why it ended', value: relationship.endReason }]
                : []),
              { key: 'Sessions logged', value: String(relationship.sessionCount) },
              { key: 'Mentee’s goals', value: <PreservedText text={relationship.mentee.goals} /> },
              { key: 'Topics', value: topicList(relationship.mentee.topics) },
            ]}
          />
          {relationship.status === 'active' && (
            <div className="govuk-button-group">
              <Button href={`${base}/sessions/new`}>Log a session</Button>
              <Link href={`${base}/complete`} className="govuk-link">
                Mark as complete
              </Link>
              <Link href={`${base}/end`} className="govuk-link">
                End early
              </Link>
            </div>
          )}
          <h2 className="govuk-heading-m">Timeline</h2>
          <Timeline events={data.relationshipTimeline.events} />
        </div>
      </div>
    </>
  );
}
