import { useManagedPlacementsQuery } from '@pathways/web-graphql';
import {
  Loading,
  ServiceProblem,
  Table,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { longDate } from '../common/dates';
import { fullName, OutcomeTag, TrainingTag } from '../common/labels';

export function ManagedPlacementsPage() {
  useDocumentTitle('Placements you line manage');
  const Link = useLinkComponent();
  const { data, error } = useManagedPlacementsQuery({ fetchPolicy: 'cache-and-network' });
  if (error) return <ServiceProblem />;
  if (!data) return <Loading />;
  const placements = data.managedPlacements;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Placements you line manage</h1>
        {placements.length === 0 ? (
          <p className="govuk-body">You are not the line manager of any internship placement.</p>
        ) : (
          <Table
            firstCellIsHeader
            head={[
              { content: 'Placement' },
              { content: 'Intern' },
              { content: 'Dates' },
              { content: 'Your training' },
              { content: 'Outcome' },
            ]}
            rows={placements.map((placement) => [
              {
                content: (
                  <Link href={`/internships/placements/${placement.id}`} className="govuk-link">
                    {placement.departmentName}, {placement.team}
                  </Link>
                ),
              },
              { content: placement.intern ? fullName(placement.intern) : 'Not filled yet' },
              { content: `${longDate(placement.startDate)} to ${longDate(placement.endDate)}` },
              { content: <TrainingTag status={placement.trainingStatus} /> },
              {
                content: placement.outcome ? (
                  <OutcomeTag outcome={placement.outcome} />
                ) : (
                  'Not recorded'
                ),
              },
            ])}
          />
        )}
      </div>
    </div>
  );
}
