import type { DepartmentInternshipsQuery } from '@pathways/web-graphql';
import { Table } from '@pathways/web-ui';
import { longDate } from '../common/dates';
import { OutcomeTag, PlacementTag, TrainingTag } from '../common/labels';

type Placement = DepartmentInternshipsQuery['departmentInternships']['placements'][number];

export function DepartmentPlacementsTable({ placements }: { placements: readonly Placement[] }) {
  if (placements.length === 0) {
    return <p className="govuk-body">Your departments have not offered any placements yet.</p>;
  }
  return (
    <Table
      caption="Your departments’ placements"
      captionSize="s"
      firstCellIsHeader
      head={[
        { content: 'Department and team' },
        { content: 'Intake' },
        { content: 'Post' },
        { content: 'Line manager' },
        { content: 'Dates' },
        { content: 'Intern' },
        { content: 'Outcome' },
      ]}
      rows={placements.map((placement) => [
        { content: `${placement.departmentName}, ${placement.team}` },
        { content: `${placement.programmeName}: ${placement.intakeName}` },
        {
          content: `${placement.gradeCode}, ${placement.regionName}, ${placement.workAreaName}`,
        },
        {
          content: (
            <>
              {placement.lineManagerName}
              <br />
              <TrainingTag status={placement.trainingStatus} />
            </>
          ),
        },
        { content: `${longDate(placement.startDate)} to ${longDate(placement.endDate)}` },
        {
          content: placement.filled ? (
            <>
              {placement.internName ?? ''}
              {placement.internName && <br />}
              <PlacementTag status="filled" />
            </>
          ) : (
            <PlacementTag status="open" />
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
