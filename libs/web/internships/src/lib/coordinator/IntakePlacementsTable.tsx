import type { IntakeFieldsFragment } from '@pathways/web-graphql';
import { Table } from '@pathways/web-ui';
import { longDate, longMonth } from '../common/dates';
import { CheckInTag, fullName, OutcomeTag, PlacementTag, TrainingTag } from '../common/labels';

type Placement = IntakeFieldsFragment['placements'][number];

export function IntakePlacementsTable({ placements }: { placements: Placement[] }) {
  if (placements.length === 0) {
    return <p className="govuk-body">No placements have been offered yet.</p>;
  }
  return (
    <Table
      caption="Placements offered in this intake"
      captionSize="s"
      firstCellIsHeader
      head={[
        { content: 'Department and team' },
        { content: 'Post' },
        { content: 'Line manager' },
        { content: 'Starts' },
        { content: 'Intern' },
        { content: 'Latest check-in' },
        { content: 'Outcome' },
      ]}
      rows={placements.map((placement) => [
        { content: `${placement.departmentName}, ${placement.team}` },
        {
          content: `${placement.gradeCode}, ${placement.regionName}, ${placement.workAreaName}`,
        },
        {
          content: (
            <>
              {fullName(placement.lineManager)}
              <br />
              <TrainingTag status={placement.trainingStatus} />
            </>
          ),
        },
        { content: `${longDate(placement.startDate)} for ${placement.termMonths} months` },
        {
          content: placement.intern ? (
            fullName(placement.intern)
          ) : (
            <PlacementTag status={placement.status} />
          ),
        },
        {
          content:
            placement.latestCheckIn && placement.latestCheckInMonth ? (
              <>
                <CheckInTag status={placement.latestCheckIn} />{' '}
                {longMonth(placement.latestCheckInMonth)}
              </>
            ) : (
              'None yet'
            ),
        },
        {
          content: placement.outcome ? (
            <>
              <OutcomeTag outcome={placement.outcome} /> {longDate(placement.outcomeEffectiveDate)}
            </>
          ) : (
            'Not recorded'
          ),
        },
      ])}
    />
  );
}
