import { useLeadProgrammeQuery, useProgrammeEditOptionsQuery } from '@pathways/web-graphql';
import { BackLink, Loading, NotAllowed, PageNotFound, ServiceProblem } from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { ProgrammeEditForm } from './ProgrammeEditForm';

/** Only a lead of this programme may change it; the API refuses anyone else either way. */
export function EditProgrammePage() {
  const { programmeId = '' } = useParams();
  const { data, error } = useLeadProgrammeQuery({
    variables: { id: programmeId },
    fetchPolicy: 'network-only',
  });
  const options = useProgrammeEditOptionsQuery();
  const programme = data?.programme;
  if (error) return <PageNotFound />;
  if (options.error) return <ServiceProblem />;
  if (!programme || !options.data) return <Loading what="the programme" />;
  if (!programme.youLead) return <NotAllowed who="this programme’s leads" />;
  return (
    <>
      <BackLink href={`/programmes/${programme.id}`} text={programme.name} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ProgrammeEditForm key={programme.id} programme={programme} options={options.data} />
        </div>
      </div>
    </>
  );
}
