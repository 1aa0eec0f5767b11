import {
  BackLink,
  Button,
  Loading,
  NotificationBanner,
  SummaryList,
  Table,
  useDocumentTitle,
} from '@pathways/web-ui';
import { longDate, longMonth } from '../common/dates';
import { useFlash } from '../common/useFlash';
import { CheckInTag, fullName, OutcomeTag, TrainingTag } from '../common/labels';
import { NotYours } from '../common/NotYours';
import { NOT_YOUR_PLACEMENT, useManagedPlacement } from './useManagedPlacement';

export function ManagedPlacementPage() {
  const flash = useFlash();
  const { placement, error } = useManagedPlacement();
  const title = placement?.intern ? `${fullName(placement.intern)}’s placement` : 'Placement';
  useDocumentTitle(title);
  if (error) return <NotYours what={NOT_YOUR_PLACEMENT} />;
  if (!placement) return <Loading />;
  const base = `/internships/placements/${placement.id}`;
  return (
    <>
      <BackLink href="/internships/placements" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {flash && <NotificationBanner type="success" heading={flash} />}
          <span className="govuk-caption-l">{placement.programmeName}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <SummaryList
            rows={[
              {
                key: 'Intern',
                value: placement.intern ? fullName(placement.intern) : 'Not filled yet',
              },
              {
                key: 'Department and team',
                value: `${placement.departmentName}, ${placement.team}`,
              },
              {
                key: 'Post',
                value: `${placement.gradeCode}, ${placement.regionName}, ${placement.workAreaName}`,
              },
              {
                key: 'Dates',
                value: `${longDate(placement.startDate)} to ${longDate(placement.endDate)} (${placement.termMonths} months)`,
              },
            ]}
          />
          <h2 className="govuk-heading-m">Line manager training</h2>
          {placement.trainingCompletedOn ? (
            <p className="govuk-body">
              <TrainingTag status="done" /> You completed it on{' '}
              {longDate(placement.trainingCompletedOn)}.
            </p>
          ) : (
            <>
              <p className="govuk-body">
                <TrainingTag status={placement.trainingStatus} /> Complete line manager training
                before the placement starts on {longDate(placement.startDate)}. It covers the
                challenges of moving from care to independence.
              </p>
              <Button href={`${base}/training`}>Record your training</Button>
            </>
          )}
          {placement.intern && (
            <>
              <h2 className="govuk-heading-m">Monthly check-ins</h2>
              {placement.checkIns.length > 0 ? (
                <Table
                  firstCellIsHeader
                  head={[
                    { content: 'Month' },
                    { content: 'How they are getting on' },
                    { content: 'Notes' },
                  ]}
                  rows={placement.checkIns.map((checkIn) => [
                    { content: longMonth(checkIn.month) },
                    { content: <CheckInTag status={checkIn.status} /> },
                    { content: checkIn.notes || 'None' },
                  ])}
                />
              ) : (
                <p className="govuk-body">No check-ins yet.</p>
              )}
              {placement.checkInMonths.length > 0 && (
                <Button variant="secondary" href={`${base}/check-in`}>
                  Record a check-in
                </Button>
              )}
              <h2 className="govuk-heading-m">Outcome</h2>
              {placement.outcome ? (
                <p className="govuk-body">
                  <OutcomeTag outcome={placement.outcome} /> From{' '}
                  {longDate(placement.outcomeEffectiveDate)}.
                </p>
              ) : placement.canRecordOutcome ? (
                <>
                  <p className="govuk-body">
                    Before the placement ends on {longDate(placement.endDate)}, record what happens
                    next for your intern.
                  </p>
                  <Button href={`${base}/outcome`}>Record the outcome</Button>
                </>
              ) : (
                <p className="govuk-body">
                  You can record the outcome once the placement has started.
                </p>
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}
