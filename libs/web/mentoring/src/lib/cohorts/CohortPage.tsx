import { useLeadCohortQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Loading,
  PageNotFound,
  SummaryList,
  Tag,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { FlashBanner } from '../common/FlashBanner';
import { formatDate, isoToday } from '../vocabulary/dates';
import { cohortWindowTag } from '../vocabulary/status';
import { ApplicationsTable } from './ApplicationsTable';
import { ExportCsvButton } from './ExportCsvButton';
import { MentorsTable } from './MentorsTable';
import { RelationshipsTable } from './RelationshipsTable';

export function CohortPage() {
  const { cohortId = '' } = useParams();
  const { data, error } = useLeadCohortQuery({ variables: { id: cohortId } });
  const Link = useLinkComponent();
  const cohort = data?.cohort;
  useDocumentTitle(cohort?.name ?? 'Cohort');
  if (error) return <PageNotFound />;
  if (!cohort) return <Loading what="the cohort" />;
  const tag = cohortWindowTag(cohort, isoToday());
  return (
    <>
      <BackLink href={`/programmes/${cohort.programmeId}`} text={cohort.programme.name} />
      <FlashBanner />
      <span className="govuk-caption-l">{cohort.programme.name}</span>
      <h1 className="govuk-heading-l">{cohort.name}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Code', value: cohort.code },
              {
                key: 'Applications',
                value: `${formatDate(cohort.applicationsOpen)} to ${formatDate(cohort.applicationsClose)}`,
              },
              { key: 'Starts', value: formatDate(cohort.startDate) },
              { key: 'Status', value: <Tag colour={tag.colour}>{tag.text}</Tag> },
            ]}
          />
          {cohort.programme.youLead && (
            <p className="govuk-body">
              <Link href={`/programmes/cohorts/${cohort.id}/edit`} className="govuk-link">
                Change the cohort<span className="govuk-visually-hidden">’s name and dates</span>
              </Link>
            </p>
          )}
          <div className="govuk-button-group">
            <Button href={`/programmes/cohorts/${cohort.id}/matching`}>Matching</Button>
            <Button variant="secondary" href={`/programmes/cohorts/${cohort.id}/fairness`}>
              Fairness of matching
            </Button>
          </div>
          <ExportCsvButton
            cohortId={cohort.id}
            programmeCode={cohort.programme.code}
            cohortCode={cohort.code}
          />
        </div>
      </div>
      <ApplicationsTable cohortId={cohort.id} />
      <MentorsTable cohortId={cohort.id} />
      <RelationshipsTable cohortId={cohort.id} />
    </>
  );
}
