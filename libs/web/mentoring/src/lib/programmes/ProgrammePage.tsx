import { useLeadProgrammeQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Loading,
  PageNotFound,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { FlashBanner } from '../common/FlashBanner';
import { CohortsTable } from './CohortsTable';
import { RulesSummary } from './RulesSummary';

export function ProgrammePage() {
  const { programmeId = '' } = useParams();
  const { data, error } = useLeadProgrammeQuery({
    variables: { id: programmeId },
    fetchPolicy: 'cache-and-network',
  });
  const Link = useLinkComponent();
  const programme = data?.programme;
  useDocumentTitle(programme?.name ?? 'Programme');
  if (error) return <PageNotFound />;
  if (!programme) return <Loading what="the programme" />;
  return (
    <>
      <BackLink href="/programmes" text="Your programmes" />
      <FlashBanner />
      <span className="govuk-caption-l">{programme.code}</span>
      <h1 className="govuk-heading-l">{programme.name}</h1>
      {programme.description && <p className="govuk-body">{programme.description}</p>}
      {programme.cohorts.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">Cohorts</h2>
          <p className="govuk-body">
            There are no cohorts yet. Add one to open the programme for applications.
          </p>
        </>
      ) : (
        <CohortsTable cohorts={programme.cohorts} />
      )}
      {programme.youLead && (
        <Button href={`/programmes/${programme.id}/cohorts/new`}>Add a cohort</Button>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <RulesSummary rules={programme} />
          {programme.youLead && (
            <p className="govuk-body">
              <Link href={`/programmes/${programme.id}/edit`} className="govuk-link">
                Change the programme’s rules
              </Link>
            </p>
          )}
        </div>
      </div>
    </>
  );
}
