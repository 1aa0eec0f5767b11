import { useInternshipIntakeQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Loading,
  NotificationBanner,
  SummaryList,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { longDate } from '../common/dates';
import { useFlash } from '../common/useFlash';
import { NotYours } from '../common/NotYours';
import { IntakeApplicantsTable } from './IntakeApplicantsTable';
import { IntakeMatches } from './IntakeMatches';
import { IntakePlacementsTable } from './IntakePlacementsTable';

/** The coordinator's view of an intake: placements, applicants, matching and outcomes. */
export function IntakePage() {
  const intakeId = useParams()['intakeId'] ?? '';
  const flash = useFlash();
  const { data, error } = useInternshipIntakeQuery({
    variables: { id: intakeId },
    fetchPolicy: 'cache-and-network',
  });
  useDocumentTitle(
    data ? `${data.internshipIntake.name}: ${data.internshipIntake.programmeName}` : 'Intake',
  );
  if (error)
    return (
      <NotYours what="Only the coordinators of this programme, and admins, can see its intakes." />
    );
  if (!data) return <Loading />;
  const intake = data.internshipIntake;
  const trained = intake.placements.length - intake.trainingOutstanding;
  return (
    <>
      <BackLink href={`/internships/manage/programmes/${intake.programmeId}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          {flash && <NotificationBanner type="success" heading={flash} />}
          <span className="govuk-caption-l">{intake.programmeName}</span>
          <h1 className="govuk-heading-l">{intake.name}</h1>
          <SummaryList
            rows={[
              {
                key: 'Applications',
                value: `${longDate(intake.applicationsOpen)} to ${longDate(intake.applicationsClose)}${intake.isOpen ? ' (open now)' : ''}`,
              },
              { key: 'Internships start', value: longDate(intake.startDate) },
              {
                key: 'Line manager training',
                value: `Done for ${trained} of ${intake.placements.length} placements`,
              },
              {
                key: 'Recorded outcomes',
                value: `${intake.recordedOutcomes} of ${intake.placements.filter((p) => p.intern).length} interns`,
              },
            ]}
          />
          <h2 className="govuk-heading-m">Placements</h2>
          <IntakePlacementsTable placements={intake.placements} />
          <Button href={`/internships/manage/intakes/${intake.id}/placements/new`}>
            Offer a placement
          </Button>
          <h2 className="govuk-heading-m">Applicants</h2>
          <IntakeApplicantsTable applicants={intake.applicants} />
          <IntakeMatches intakeId={intake.id} matches={intake.matches} />
        </div>
      </div>
    </>
  );
}
