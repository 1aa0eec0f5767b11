import { useLeadCohortQuery } from '@pathways/web-graphql';
import { BackLink, Loading, NotAllowed, PageNotFound } from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { cohortEditDraftFrom } from './cohort-edit-form';
import { CohortEditForm } from './CohortEditForm';

/** Only a lead of the cohort's programme may change it; the API refuses anyone else either way. */
export function EditCohortPage() {
  const { cohortId = '' } = useParams();
  const { data, error } = useLeadCohortQuery({
    variables: { id: cohortId },
    fetchPolicy: 'network-only',
  });
  const cohort = data?.cohort;
  if (error) return <PageNotFound />;
  if (!cohort) return <Loading what="the cohort" />;
  if (!cohort.programme.youLead) return <NotAllowed who="this programme’s leads" />;
  return (
    <>
      <BackLink href={`/programmes/cohorts/${cohort.id}`} text={cohort.name} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <CohortEditForm
            key={cohort.id}
            cohort={cohortEditDraftFrom(cohort)}
            caption={`${cohort.programme.name}, ${cohort.code}`}
          />
        </div>
      </div>
    </>
  );
}
