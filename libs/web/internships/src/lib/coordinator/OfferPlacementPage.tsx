import {
  useInternshipIntakeQuery,
  useOfferInternshipPlacementMutation,
  useOfferPlacementChoicesQuery,
} from '@pathways/web-graphql';
import { Loading } from '@pathways/web-ui';
import { useNavigate, useParams } from 'react-router-dom';
import { NotYours } from '../common/NotYours';
import { PlacementOfferForm } from '../common/PlacementOfferForm';

/** Offered on a department's behalf by the intake's coordinator (or an admin). */
export function OfferPlacementPage() {
  const intakeId = useParams()['intakeId'] ?? '';
  const navigate = useNavigate();
  const intake = useInternshipIntakeQuery({ variables: { id: intakeId } });
  const choices = useOfferPlacementChoicesQuery();
  const [offer, { loading }] = useOfferInternshipPlacementMutation();
  if (intake.error)
    return (
      <NotYours what="Only the coordinators of this programme, and admins, can offer its placements." />
    );
  if (!intake.data || !choices.data) return <Loading />;
  const back = `/internships/manage/intakes/${intakeId}`;
  return (
    <PlacementOfferForm
      intakeName={intake.data.internshipIntake.name}
      termMonths={intake.data.internshipIntake.settings.termMonths}
      departments={choices.data.departments}
      regions={choices.data.regions}
      professions={choices.data.professions}
      backHref={back}
      submitting={loading}
      onOffer={async (input) => {
        await offer({ variables: { input: { intakeId, ...input } } });
        navigate(back, {
          state: { flash: 'Placement offered. Its line manager has been told.' },
        });
      }}
    />
  );
}
