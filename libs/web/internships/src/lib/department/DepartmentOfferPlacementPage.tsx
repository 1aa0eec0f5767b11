import {
  DepartmentInternshipsDocument,
  useDepartmentInternshipsQuery,
  useOfferDepartmentPlacementMutation,
  useOfferPlacementChoicesQuery,
} from '@pathways/web-graphql';
import { Loading, MessagePage, ServiceProblem } from '@pathways/web-ui';
import { useNavigate, useParams } from 'react-router-dom';
import { PlacementOfferForm } from '../common/PlacementOfferForm';

const BACK = '/internships/department';

/** A department lead offers a placement in one of their departments. */
export function DepartmentOfferPlacementPage() {
  const intakeId = useParams()['intakeId'] ?? '';
  const navigate = useNavigate();
  const view = useDepartmentInternshipsQuery();
  const choices = useOfferPlacementChoicesQuery();
  const [offer, { loading }] = useOfferDepartmentPlacementMutation({
    refetchQueries: [{ query: DepartmentInternshipsDocument }],
    awaitRefetchQueries: true,
  });
  if (view.error || choices.error) return <ServiceProblem />;
  if (!view.data || !choices.data) return <Loading />;
  const { departments, intakes } = view.data.departmentInternships;
  const intake = intakes.find((candidate) => candidate.id === intakeId);
  if (!intake) {
    return (
      <MessagePage title="This intake is not taking placements">
        <p className="govuk-body">
          It has started, or there is no such intake. Ask its coordinator if you need to add a
          placement.
        </p>
      </MessagePage>
    );
  }
  return (
    <PlacementOfferForm
      intakeName={`${intake.programmeName}: ${intake.name}`}
      termMonths={intake.termMonths}
      departments={departments}
      regions={choices.data.regions}
      professions={choices.data.professions}
      backHref={BACK}
      submitting={loading}
      onOffer={async (input) => {
        await offer({ variables: { input: { intakeId, ...input } } });
        navigate(BACK, {
          state: { flash: 'Placement offered. Its line manager has been told.' },
        });
      }}
    />
  );
}
